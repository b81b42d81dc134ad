// NetworkPolicies: a default deny of Ingress and Egress for the namespace, for every pod a policy of its own (one
// whose selector names pods) that opens what it needs, and the connections of connections.js decided as they must be.
import { ANY_PORT, EVERY_POD, connections, peers } from "../connections.js";
import { refusal } from "../reachability.js";
import { describe } from "../rendered.js";
import { allContainers, inNamespaceOf, isEmptySelector, podTemplates, selects } from "../workloads.js";

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

// The ports of the operators' pods, as their operators name them.
const strimziKafkaPorts = [
  { name: "tcp-ctrlplane", containerPort: 9090 }, { name: "tcp-replication", containerPort: 9091 },
  { name: "tcp-clients", containerPort: 9092 },
];
const cloudNativePgPorts = [{ name: "postgresql", containerPort: 5432 }, { name: "metrics", containerPort: 9187 }, { name: "status", containerPort: 8000 }];

/**
 * The pods a rendering makes, as reachability.js takes them ({ name, namespace, labels, ports }): one per pod
 * template, one per Strimzi node pool (and the entity operator) of a Kafka, one per CloudNativePG Cluster, with the
 * labels their operators give them (their own plus what the resource's pod template adds).
 */
function renderedPods(objects) {
  const templated = podTemplates(objects).map(({ workload, name, template }) => ({
    name, namespace: workload.metadata?.namespace, labels: template.metadata?.labels ?? {},
    ports: allContainers(template.spec).flatMap(({ container }) => container.ports ?? []),
  }));
  const strimzi = objects.filter((o) => o.kind === "Kafka" && o.apiVersion?.startsWith("kafka.strimzi.io/")).flatMap((kafka) => {
    const { name: cluster, namespace } = kafka.metadata;
    const own = { "strimzi.io/cluster": cluster, "strimzi.io/kind": "Kafka" };
    const pools = objects.filter((o) => o.kind === "KafkaNodePool" && o.metadata?.labels?.["strimzi.io/cluster"] === cluster);
    const nodes = (pools.length > 0 ? pools : [undefined]).map((pool) => ({
      name: `${describe(kafka)} pods${pool ? ` of pool ${pool.metadata.name}` : ""}`, namespace, ports: strimziKafkaPorts,
      labels: {
        ...kafka.spec?.kafka?.template?.pod?.metadata?.labels, ...pool?.spec?.template?.pod?.metadata?.labels,
        ...own, "strimzi.io/name": `${cluster}-kafka`, ...(pool ? { "strimzi.io/pool-name": pool.metadata.name } : {}),
      },
    }));
    const entityOperator = kafka.spec?.entityOperator ? [{
      name: `${describe(kafka)} entity operator`, namespace, ports: [],
      labels: { ...kafka.spec.entityOperator.template?.pod?.metadata?.labels, ...own, "strimzi.io/name": `${cluster}-entity-operator` },
    }] : [];
    return [...nodes, ...entityOperator];
  });
  const cloudNativePg = objects.filter((o) => o.kind === "Cluster" && o.apiVersion?.startsWith("postgresql.cnpg.io/")).map((cluster) => ({
    name: `${describe(cluster)} instances`, namespace: cluster.metadata.namespace, ports: cloudNativePgPorts,
    labels: { ...cluster.spec?.inheritedMetadata?.labels, "cnpg.io/cluster": cluster.metadata.name, "cnpg.io/podRole": "instance" },
  }));
  return [...templated, ...strimzi, ...cloudNativePg];
}

/**
 * Every connection of connections.js that applies to the rendering, decided by its NetworkPolicies as Kubernetes
 * would: a needed one refused (naming the side that refuses), a forbidden one allowed, and a peer no pod is.
 * A pod's connections to itself are left out (no policy can refuse them).
 */
export function unwantedReachability(objects, table = connections) {
  const pods = renderedPods(objects);
  const policies = objects.filter((o) => o.kind === "NetworkPolicy");
  const namespaceLabels = (name) => ({
    ...objects.find((o) => o.kind === "Namespace" && o.metadata?.name === name)?.metadata?.labels,
    "kubernetes.io/metadata.name": name,
  });
  const missing = new Set();
  const resolve = (peer) => {
    if (peer === EVERY_POD) return pods;
    if (peers[peer].outside) return [{ name: peer, ...peers[peer].outside }];
    const found = pods.filter((pod) => selects({ matchLabels: peers[peer].labels }, pod.labels));
    if (found.length === 0) missing.add(peer);
    return found;
  };
  const decided = table.filter((entry) => !entry.when || entry.when(objects)).flatMap((entry) => {
    const targets = [entry.to].flat().flatMap(resolve);
    return [entry.from].flat().flatMap(resolve).flatMap((from) => targets.filter((to) => to !== from).flatMap((to) => {
      const ports = entry.port === ANY_PORT
        ? (to.ports ?? []).map((p) => [p.containerPort, p.protocol ?? "TCP"]) : [[entry.port, entry.protocol ?? "TCP"]];
      return ports.flatMap(([port, protocol]) => {
        const refused = refusal(policies, from, to, port, protocol, namespaceLabels);
        const connection = `${from.name} -> ${to.name} ${port}/${protocol}`;
        if (entry.allowed && refused) return [`${connection}: needed, but the ${refused} of ${refused === "Egress" ? from.name : to.name} refuses it`];
        if (!entry.allowed && !refused) return [`${connection}: allowed, and must not be`];
        return [];
      });
    }));
  });
  return [...[...missing].map((peer) => `no pod is ${peer} (labels ${JSON.stringify(peers[peer].labels)})`), ...decided];
}
