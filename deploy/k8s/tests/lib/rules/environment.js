// Environment variables that the applications really read: a misspelt or misplaced name is silently ignored by
// Spring, so the setting it meant keeps its default. Infrastructure containers (Kafka, PostgreSQL, Redis) are not
// checked: their images document their own variables.
import { describe } from "../rendered.js";
import { readVariables } from "../read-variables.js";
import { applications, inNamespaceOf } from "../workloads.js";

/** Levenshtein distance of two strings. */
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The variables a container sets: its env names and the keys of the ConfigMaps and Secrets its envFrom takes (with their prefix). */
function variablesSet(container, workload, objects) {
  const sources = new Map([...inNamespaceOf(workload, objects, "ConfigMap"), ...inNamespaceOf(workload, objects, "Secret")]
    .map((o) => [`${o.kind}/${o.metadata.name}`, o]));
  const fromSources = (container.envFrom ?? []).flatMap((source) => {
    const object = source.configMapRef ? sources.get(`ConfigMap/${source.configMapRef.name}`) : sources.get(`Secret/${source.secretRef?.name}`);
    return Object.keys({ ...object?.data, ...object?.stringData }).map((key) => `${source.prefix ?? ""}${key}`);
  });
  return [...new Set([...fromSources, ...(container.env ?? []).map((e) => e.name)])];
}

/**
 * Every variable set on an application's container (the container running the image nicepick/<application>, in the
 * Deployment of the gateway or a service of services.tsv) is one that application reads (read-variables.js);
 * otherwise the message names the workload, the variable and the closest name it reads.
 */
export function unreadVariables(objects, names = applications()) {
  return objects.filter((o) => o.kind === "Deployment" && names.includes(o.metadata?.name)).flatMap((deployment) => {
    const application = deployment.metadata.name;
    const read = readVariables(application);
    const isRead = (name) => read.names.has(name) || read.prefixes.some((prefix) => name.startsWith(`${prefix}_`));
    return (deployment.spec?.template?.spec?.containers ?? [])
      .filter((container) => (container.image ?? "").split("@")[0].replace(/:[^/:]*$/, "").endsWith(`nicepick/${application}`))
      .flatMap((container) => variablesSet(container, deployment, objects).filter((name) => !isRead(name)).map((name) => {
        const closest = [...read.names].reduce((best, known) => {
          const d = distance(name, known);
          return d < best.d ? { known, d } : best;
        }, { known: null, d: Number.POSITIVE_INFINITY });
        const hint = closest.d <= Math.max(2, Math.floor(name.length / 4)) ? ` (did you mean ${closest.known}?)` : "";
        return `${describe(deployment)} container ${container.name}: ${name} is read by no part of ${application}${hint}`;
      }));
  });
}
