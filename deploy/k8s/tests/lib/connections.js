// The connections the suite needs, and those it must never allow, as NetworkPolicies must decide them in every
// overlay (rules/network.js, unwantedReachability, checks each against the rendered policies with reachability.js).
//
// A peer in the namespace is every rendered pod that carries its labels (Deployments, StatefulSets, and the pods the
// Strimzi and CloudNativePG operators make from a Kafka or Cluster); a peer outside it is one made-up pod of that
// namespace (or a host outside the cluster by its address). EVERY_POD is every pod of the rendering; ANY_PORT is every
// port the destination declares.

export const EVERY_POD = "every pod";
export const ANY_PORT = "any port";

const applications = ["gateway", "topics-service", "verdict-service", "feedback-service"];
const services = applications.filter((name) => name !== "gateway");
const databaseOf = (service) => `${service}-db`;
const byName = (name) => ({ labels: { "app.kubernetes.io/name": name } });
const byRole = (role) => ({ labels: { "nicepick.dev/role": role } });

/** Peer name -> how to find it: `labels` of pods in the rendering, or `outside`, a pod (or host) of its own. */
export const peers = {
  ...Object.fromEntries([...applications, "redis"].map((name) => [name, byName(name)])),
  kafka: byRole("kafka"),
  ...Object.fromEntries(services.map((service) => [databaseOf(service), byRole(databaseOf(service))])),
  "kube-dns": {
    outside: {
      namespace: "kube-system", labels: { "k8s-app": "kube-dns" },
      ports: [{ name: "dns", containerPort: 53, protocol: "UDP" }, { name: "dns-tcp", containerPort: 53, protocol: "TCP" }],
    },
  },
  // the ingress controller's namespace, as components/ingress says (ingress-nginx)
  "ingress controller": { outside: { namespace: "ingress-nginx", labels: { "app.kubernetes.io/name": "ingress-nginx" } } },
  "KEDA operator": { outside: { namespace: "keda", labels: { "app.kubernetes.io/name": "keda-operator" } } },
  Prometheus: { outside: { namespace: "monitoring", labels: { "app.kubernetes.io/name": "prometheus" } } },
  "a host on the internet": { outside: { ip: "203.0.113.10" } },
  // any other workload of the cluster: it must reach nothing of ours (the gateway trusts its proxies' addresses only
  // because no one but the ingress controller reaches it)
  "a pod of another namespace": { outside: { namespace: "other", labels: { "app.kubernetes.io/name": "other" } } },
};

const scalesOnKafka = (objects) => objects.some((o) => o.kind === "ScaledObject" && (o.spec?.triggers ?? []).some((t) => t.type === "kafka"));

/**
 * Each entry: from and to (a peer name, a list of them, or EVERY_POD), port (a number or ANY_PORT), protocol (TCP
 * unless said), allowed (whether the policies must let it through), and optionally when(objects), a condition on the
 * rendering for the entry to apply.
 */
export const connections = [
  // What the suite needs.
  { from: "gateway", to: services, port: 8080, allowed: true },
  { from: "gateway", to: "redis", port: 6379, allowed: true },
  ...services.map((service) => ({ from: service, to: databaseOf(service), port: 5432, allowed: true })),
  { from: services, to: "kafka", port: 9092, allowed: true },
  { from: EVERY_POD, to: "kube-dns", port: 53, protocol: "UDP", allowed: true },
  { from: EVERY_POD, to: "kube-dns", port: 53, protocol: "TCP", allowed: true },
  { from: "ingress controller", to: "gateway", port: 8080, allowed: true },
  { from: "KEDA operator", to: "kafka", port: 9092, allowed: true, when: scalesOnKafka },
  { from: "Prometheus", to: applications, port: 9080, allowed: true },
  // What must stay closed.
  { from: EVERY_POD, to: applications, port: 9080, allowed: false },
  ...services.map((service) => ({
    from: service, to: services.filter((other) => other !== service).map(databaseOf), port: 5432, allowed: false,
  })),
  { from: "gateway", to: services.map(databaseOf), port: 5432, allowed: false },
  { from: "redis", to: EVERY_POD, port: ANY_PORT, allowed: false },
  { from: "redis", to: "a host on the internet", port: 443, allowed: false },
  { from: "a pod of another namespace", to: applications, port: 8080, allowed: false },
  { from: "a pod of another namespace", to: "redis", port: 6379, allowed: false },
  { from: "a pod of another namespace", to: "kafka", port: 9092, allowed: false },
  { from: "a pod of another namespace", to: services.map(databaseOf), port: 5432, allowed: false },
];
