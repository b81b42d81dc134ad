// Prometheus scrapes every application pod on its Actuator (/actuator/prometheus on the management port): by the
// prometheus.io/* pod annotations, and, where the objects have PodMonitors (components/prometheus-operator), by one
// that selects the pod.
import { describe } from "../rendered.js";
import { applications, selects } from "../workloads.js";

const path = "/actuator/prometheus";

/** For each application Deployment, what keeps Prometheus from scraping its Actuator; empty when nothing does. */
export function unscrapedApplications(objects, names = applications()) {
  const podMonitors = objects.filter((o) => o.kind === "PodMonitor");
  return objects.filter((o) => o.kind === "Deployment" && names.includes(o.metadata?.name)).flatMap((deployment) => {
    const name = describe(deployment);
    const template = deployment.spec?.template ?? {};
    const annotations = template.metadata?.annotations ?? {};
    const management = (template.spec?.containers?.[0]?.ports ?? []).find((p) => p.name === "management");
    if (!management) return [`${name}: no management port`];
    const problems = [];
    if (annotations["prometheus.io/scrape"] !== "true") problems.push(`${name}: not annotated prometheus.io/scrape: "true"`);
    if (annotations["prometheus.io/port"] !== String(management.containerPort)) {
      problems.push(`${name}: prometheus.io/port ${annotations["prometheus.io/port"]} is not the management port ${management.containerPort}`);
    }
    if (annotations["prometheus.io/path"] !== path) problems.push(`${name}: prometheus.io/path ${annotations["prometheus.io/path"]} is not ${path}`);
    if (podMonitors.length > 0) {
      const monitors = podMonitors.filter((m) => selects(m.spec?.selector, template.metadata?.labels));
      if (monitors.length === 0) problems.push(`${name}: no PodMonitor selects its pods`);
      else if (!monitors.some((m) => (m.spec.podMetricsEndpoints ?? []).some((e) => e.port === "management" && e.path === path))) {
        problems.push(`${name}: no PodMonitor scrapes ${path} on its management port`);
      }
    }
    return problems;
  });
}
