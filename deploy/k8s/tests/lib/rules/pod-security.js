// Restricted Pod Security for every container and initContainer, as the namespace's label enforces it, plus the
// read-only root file system with a writable emptyDir at /tmp that the issue asks for.
import { allContainers, podTemplates } from "../workloads.js";

/** Violations of the restricted profile, one message per container and missing setting. */
export function unrestrictedContainers(objects) {
  return podTemplates(objects).flatMap(({ name, template }) => {
    const pod = template.spec ?? {};
    const emptyDirs = new Set((pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
    return allContainers(pod).flatMap(({ container, kind }) => {
      const context = container.securityContext ?? {};
      const where = `${name} ${kind} ${container.name}`;
      const tmp = (container.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
      const seccomp = context.seccompProfile?.type ?? pod.securityContext?.seccompProfile?.type;
      return [
        (context.runAsNonRoot ?? pod.securityContext?.runAsNonRoot) !== true && `${where}: runAsNonRoot is not true`,
        context.allowPrivilegeEscalation !== false && `${where}: allowPrivilegeEscalation is not false`,
        !(context.capabilities?.drop ?? []).includes("ALL") && `${where}: capabilities do not drop ALL`,
        (context.capabilities?.add ?? []).length > 0 && `${where}: capabilities added`,
        context.privileged === true && `${where}: privileged`,
        context.readOnlyRootFilesystem !== true && `${where}: readOnlyRootFilesystem is not true`,
        !(tmp && emptyDirs.has(tmp.name)) && `${where}: no writable emptyDir mounted at /tmp`,
        seccomp !== "RuntimeDefault" && `${where}: seccomp profile is ${seccomp ?? "unset"}, not RuntimeDefault`,
      ].filter(Boolean);
    });
  });
}

/** Namespaces that do not enforce restricted, and objects placed in a namespace the rendering does not enforce it on. */
export function unenforcedNamespaces(objects) {
  const namespaces = objects.filter((o) => o.kind === "Namespace");
  const enforcing = new Set(namespaces
    .filter((n) => n.metadata?.labels?.["pod-security.kubernetes.io/enforce"] === "restricted")
    .map((n) => n.metadata.name));
  return [
    ...(namespaces.length === 0 ? ["no Namespace object"] : []),
    ...namespaces.filter((n) => !enforcing.has(n.metadata.name))
      .map((n) => `Namespace ${n.metadata.name} does not enforce pod-security restricted`),
    ...objects.filter((o) => o.kind !== "Namespace" && o.metadata?.namespace && !enforcing.has(o.metadata.namespace))
      .map((o) => `${o.kind} ${o.metadata.name} is in namespace ${o.metadata.namespace}, which enforces no restricted`),
  ];
}
