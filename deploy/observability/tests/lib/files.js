// Where the checked files are: the committed dashboards, alerting rules and metric list.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** deploy/observability */
export const observability = join(import.meta.dirname, "..", "..");
export const metricsList = join(observability, "metrics.txt");
export const alertRules = join(observability, "prometheus", "alerts.yml");
const grafana = join(observability, "grafana");

/** The dashboards' paths: every deploy/observability/grafana/*.json. */
export function dashboardFiles() {
  return readdirSync(grafana).filter((f) => f.endsWith(".json")).sort().map((f) => join(grafana, f));
}
