// Every application pod is scraped on its Actuator: by the prometheus.io/* annotations in every overlay, and by the
// PodMonitor of components/prometheus-operator, whose PrometheusRule carries exactly the rules of alerts.yml.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parse } from "yaml";
import { policyTest } from "./lib/policy-test.js";
import { alertRulesPath } from "./lib/prometheus-rule.js";
import { component, overlayNames } from "./lib/rendered.js";
import { unscrapedApplications } from "./lib/rules/metrics.js";

policyTest(unscrapedApplications, {
  overlays: overlayNames(),
  bad: "policy/unscraped",
  expected: [
    'Deployment nicepick/gateway: not annotated prometheus.io/scrape: "true"',
    "Deployment nicepick/gateway: prometheus.io/port undefined is not the management port 9080",
    "Deployment nicepick/gateway: prometheus.io/path undefined is not /actuator/prometheus",
    "Deployment nicepick/gateway: no PodMonitor scrapes /actuator/prometheus on its management port",
    "Deployment nicepick/topics-service: prometheus.io/port 8080 is not the management port 9080",
    "Deployment nicepick/topics-service: prometheus.io/path /metrics is not /actuator/prometheus",
    "Deployment nicepick/topics-service: no PodMonitor scrapes /actuator/prometheus on its management port",
    "Deployment nicepick/verdict-service: no management port",
    "Deployment nicepick/feedback-service: no PodMonitor selects its pods",
  ],
});

test("component prometheus-operator: its PodMonitor scrapes every application pod on its Actuator", () => {
  const objects = component("prometheus-operator");
  assert.ok(objects.some((o) => o.kind === "PodMonitor"), "the component has no PodMonitor");
  assert.deepEqual(unscrapedApplications(objects), []);
});

test("component prometheus-operator: its PrometheusRule carries exactly the rules of alerts.yml (write-prometheus-rule.js)", () => {
  const rules = component("prometheus-operator").filter((o) => o.kind === "PrometheusRule");
  assert.equal(rules.length, 1);
  assert.deepEqual(rules[0].spec, { groups: parse(readFileSync(alertRulesPath, "utf8")).groups });
});
