// The manifests follow the services list: every application (the gateway and each line of services.tsv) has its
// Deployment, Service, ServiceAccount, ConfigMap, PodDisruptionBudget and NetworkPolicy.
import { applications, isEmptySelector, selects } from "../workloads.js";

const hashSuffixed = (name, base) => name === base || new RegExp(`^${base}-[a-z0-9]{10}$`).test(name);

/** For each application, the kinds it lacks in the rendered objects. */
export function missingApplicationObjects(objects, names = applications()) {
  const named = (kind, name) => objects.some((o) => o.kind === kind && o.metadata?.name === name);
  return names.flatMap((app) => {
    const deployment = objects.find((o) => o.kind === "Deployment" && o.metadata?.name === app);
    const podLabels = deployment?.spec?.template?.metadata?.labels;
    const has = {
      Deployment: Boolean(deployment),
      Service: named("Service", app),
      ServiceAccount: named("ServiceAccount", app)
        && deployment?.spec?.template?.spec?.serviceAccountName === app,
      ConfigMap: objects.some((o) => o.kind === "ConfigMap" && hashSuffixed(o.metadata?.name, app)),
      PodDisruptionBudget: objects.some((o) => o.kind === "PodDisruptionBudget" && podLabels && selects(o.spec?.selector, podLabels)),
      NetworkPolicy: objects.some((o) => o.kind === "NetworkPolicy" && podLabels
        && !isEmptySelector(o.spec?.podSelector) && selects(o.spec.podSelector, podLabels)),
    };
    return Object.entries(has).filter(([, present]) => !present).map(([kind]) => `${app}: no ${kind}`);
  });
}
