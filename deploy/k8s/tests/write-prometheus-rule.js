// Writes components/prometheus-operator/prometheus-rule.yaml from deploy/observability/prometheus/alerts.yml, the one
// source of the alerting rules: `node deploy/k8s/tests/write-prometheus-rule.js` after changing alerts.yml
// (prometheus-operator.test.js fails until the two carry the same rules).
import { readFileSync, writeFileSync } from "node:fs";
import { parse, stringify } from "yaml";
import { alertRulesPath, prometheusRulePath } from "./lib/prometheus-rule.js";

const header = `# GENERATED from deploy/observability/prometheus/alerts.yml by deploy/k8s/tests/write-prometheus-rule.js: edit
# alerts.yml and run that script (.ci/k8s-check fails while the two differ).
`;
const { groups } = parse(readFileSync(alertRulesPath, "utf8"));
const rule = { apiVersion: "monitoring.coreos.com/v1", kind: "PrometheusRule", metadata: { name: "nicepick" }, spec: { groups } };
writeFileSync(prometheusRulePath, header + stringify(rule, { lineWidth: 0 }));
console.log(`wrote ${prometheusRulePath}`);
