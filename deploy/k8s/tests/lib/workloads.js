// What the policy rules ask of rendered objects: the pod templates of workloads, their containers, what a label
// selector selects, and the environment a container sees (its env plus the ConfigMaps of its envFrom).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, repositoryRoot } from "./rendered.js";

const podTemplatePaths = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

/** Every object that makes pods, with its pod template: [{ workload, template, name }] (name as describe() says). */
export function podTemplates(objects) {
  return objects
    .filter((o) => podTemplatePaths[o.kind])
    .map((workload) => ({
      workload,
      name: describe(workload),
      template: podTemplatePaths[workload.kind].reduce((value, key) => value?.[key], workload) ?? {},
    }));
}

/** The Deployments and StatefulSets, with their pod templates. */
export function deploymentsAndStatefulSets(objects) {
  return podTemplates(objects).filter(({ workload }) => ["Deployment", "StatefulSet"].includes(workload.kind));
}

/** A pod spec's containers and initContainers, each as { container, kind: "container" | "initContainer" }. */
export function allContainers(podSpec) {
  return [
    ...(podSpec?.initContainers ?? []).map((container) => ({ container, kind: "initContainer" })),
    ...(podSpec?.containers ?? []).map((container) => ({ container, kind: "container" })),
  ];
}

/** Whether a label selector (matchLabels and matchExpressions) selects these labels; an empty selector selects all. */
export function selects(selector, labels = {}) {
  if (!selector) return false;
  const byLabel = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpression = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case "In": return values.includes(labels[key]);
      case "NotIn": return !values.includes(labels[key]);
      case "Exists": return key in labels;
      case "DoesNotExist": return !(key in labels);
      default: return false;
    }
  });
  return byLabel && byExpression;
}

/** Whether a selector is empty (selects every pod of its namespace). */
export function isEmptySelector(selector) {
  return Object.keys(selector?.matchLabels ?? {}).length === 0 && (selector?.matchExpressions ?? []).length === 0;
}

/** Objects of a kind in the namespace of `workload` (unset namespaces match each other). */
export function inNamespaceOf(workload, objects, kind) {
  const namespace = workload?.metadata?.namespace;
  return objects.filter((o) => o.kind === kind && o.metadata?.namespace === namespace);
}

/**
 * The environment a container of `workload` starts with, name -> value: the data of the ConfigMaps (of the workload's
 * namespace) that its envFrom names, in order, then its env entries with a literal value. Values taken from Secrets
 * or fields are left out.
 */
export function environment(container, workload, objects) {
  const configMaps = new Map(inNamespaceOf(workload, objects, "ConfigMap").map((o) => [o.metadata.name, o]));
  const fromConfigMaps = (container.envFrom ?? [])
    .map((source) => source.configMapRef && configMaps.get(source.configMapRef.name))
    .filter(Boolean)
    .map((configMap) => configMap.data ?? {});
  const literals = (container.env ?? []).filter((e) => e.value !== undefined).map((e) => ({ [e.name]: e.value }));
  return Object.assign({}, ...fromConfigMaps, ...literals);
}

/** The applications the manifests must carry: the gateway and every service of services.tsv (its first column). */
export function applications() {
  const services = readFileSync(join(repositoryRoot, "services.tsv"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t")[0]);
  return ["gateway", ...services];
}
