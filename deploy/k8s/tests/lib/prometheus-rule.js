// Where the alerting rules live (deploy/observability) and where the PrometheusRule made from them is written.
import { join } from "node:path";
import { repositoryRoot } from "./rendered.js";

/** The alerting rules in Prometheus' own format, the one source. */
export const alertRulesPath = join(repositoryRoot, "deploy", "observability", "prometheus", "alerts.yml");
/** components/prometheus-operator's PrometheusRule, generated from alertRulesPath. */
export const prometheusRulePath = join(repositoryRoot, "deploy", "k8s", "components", "prometheus-operator", "prometheus-rule.yaml");
