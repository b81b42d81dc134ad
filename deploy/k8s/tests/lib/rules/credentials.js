// What a pod may hold: no Kubernetes API token it does not use, and, in production, no secret that the repository
// holds (Secrets are created outside it, and the local profile with its development token secret never runs).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { allContainers, environment, podTemplates } from "../workloads.js";

/** ServiceAccounts that automount a token, and pods that ask for one. */
export function automountedTokens(objects) {
  return [
    ...objects.filter((o) => o.kind === "ServiceAccount" && o.automountServiceAccountToken !== false)
      .map((o) => `ServiceAccount ${o.metadata.name}: automountServiceAccountToken is not false`),
    ...podTemplates(objects).filter(({ template }) => template.spec?.automountServiceAccountToken === true)
      .map(({ name }) => `${name}: its pods automount a service account token`),
  ];
}

/** Secrets that carry data (data or stringData with any key). */
export function secretsWithData(objects) {
  return objects.filter((o) => o.kind === "Secret")
    .filter((o) => Object.keys(o.data ?? {}).length + Object.keys(o.stringData ?? {}).length > 0)
    .map((o) => `Secret ${o.metadata.name} carries data (${[...Object.keys(o.data ?? {}), ...Object.keys(o.stringData ?? {})].join(", ")})`);
}

/**
 * The kustomizations that a kustomization directory builds on (itself, its resources and components that are
 * directories, recursively) which declare a secretGenerator.
 */
export function secretGenerators(kustomizationDir) {
  const file = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((f) => join(kustomizationDir, f)).find(existsSync);
  if (!file) return [];
  const kustomization = parse(readFileSync(file, "utf8")) ?? {};
  const children = [...(kustomization.resources ?? []), ...(kustomization.components ?? [])]
    .map((entry) => join(kustomizationDir, entry))
    .filter((path) => existsSync(path) && !/\.ya?ml$/.test(path));
  return [
    ...((kustomization.secretGenerator ?? []).length > 0
      ? [`${file}: secretGenerator ${kustomization.secretGenerator.map((g) => g.name).join(", ")}`] : []),
    ...children.flatMap(secretGenerators),
  ];
}

const profileVariables = /^(SPRING_PROFILES_ACTIVE|SPRING_PROFILES_INCLUDE|SPRING_PROFILES_DEFAULT|spring\.profiles\.(active|include|default))$/;

/** Every place that turns on the `local` profile: ConfigMap entries, container env (with envFrom) and arguments. */
export function localProfiles(objects) {
  const isLocal = (value) => String(value).split(",").map((p) => p.trim()).includes("local");
  const inConfigMaps = objects.filter((o) => o.kind === "ConfigMap").flatMap((o) =>
    Object.entries(o.data ?? {}).filter(([key, value]) => profileVariables.test(key) && isLocal(value))
      .map(([key]) => `ConfigMap ${o.metadata.name}: ${key} turns on the local profile`));
  const inContainers = podTemplates(objects).flatMap(({ workload, name, template }) => {
    return allContainers(template.spec).flatMap(({ container }) => {
      const env = environment(container, workload, objects);
      const where = `${name} container ${container.name}`;
      return [
        ...Object.entries(env).filter(([key, value]) => profileVariables.test(key) && isLocal(value))
          .map(([key]) => `${where}: ${key} turns on the local profile`),
        ...(container.env ?? []).filter((e) => e.name === "NICEPICK_LOCAL_SECRET")
          .map(() => `${where}: NICEPICK_LOCAL_SECRET (the local profile's token secret) is set`),
        ...[...(container.command ?? []), ...(container.args ?? [])]
          .filter((arg) => /^--spring\.profiles\.(active|include)=/.test(arg) && isLocal(arg.split("=")[1]))
          .map((arg) => `${where}: argument ${arg}`),
      ];
    });
  });
  return [...inConfigMaps, ...inContainers];
}
