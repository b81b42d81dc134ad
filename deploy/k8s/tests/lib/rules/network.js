// NetworkPolicies: a default deny of Ingress and Egress for the namespace, and for every pod a policy of its own
// (one whose selector names pods) that opens what it needs.
import { inNamespaceOf, isEmptySelector, podTemplates, selects } from "../workloads.js";

/** Whether a NetworkPolicy denies all traffic of the listed direction to every pod of its namespace. */
function deniesAll(policy, direction) {
  const spec = policy.spec ?? {};
  const key = direction.toLowerCase();
  return isEmptySelector(spec.podSelector) && (spec.policyTypes ?? []).includes(direction) && (spec[key] ?? []).length === 0;
}

/** Namespaces with pods but without a default deny of both Ingress and Egress. */
export function withoutDefaultDeny(objects) {
  const namespaces = new Set([
    ...podTemplates(objects).map(({ workload }) => workload.metadata?.namespace),
    ...objects.filter((o) => o.kind === "Namespace").map((o) => o.metadata.name),
  ]);
  return [...namespaces].flatMap((namespace) => {
    const policies = inNamespaceOf({ metadata: { namespace } }, objects, "NetworkPolicy");
    return ["Ingress", "Egress"].filter((direction) => !policies.some((p) => deniesAll(p, direction)))
      .map((direction) => `namespace ${namespace ?? "(unset)"}: no default deny of ${direction}`);
  });
}

/** Pods that no NetworkPolicy with a non-empty pod selector selects (the default deny and the like do not count). */
export function uncoveredPods(objects) {
  return podTemplates(objects)
    .filter(({ workload, template }) => !inNamespaceOf(workload, objects, "NetworkPolicy")
      .some((p) => !isEmptySelector(p.spec?.podSelector) && selects(p.spec.podSelector, template.metadata?.labels)))
    .map(({ name }) => `${name}: no NetworkPolicy of its own selects its pods`);
}
