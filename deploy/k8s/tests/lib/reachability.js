// NetworkPolicies evaluated as Kubernetes does (networking.k8s.io/v1): a connection from pod A to pod B on a port and
// protocol is allowed iff A's egress allows it (no policy selects A for Egress, or one of those that do has a rule
// admitting B on that port) AND B's ingress allows it (likewise). A pod is
// { namespace, labels, ports: [{ name, containerPort, protocol }] }; a host outside the cluster is { ip, ports }.
import { selects } from "./workloads.js";

/** The directions a policy restricts: its policyTypes, else Ingress plus Egress when it has egress rules. */
function policyTypes(policy) {
  return policy.spec?.policyTypes ?? ["Ingress", ...(policy.spec?.egress ? ["Egress"] : [])];
}

/** Whether an IPv4 address lies in a CIDR. */
function inCidr(ip, cidr) {
  const toNumber = (address) => address.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
  const [network, bits] = cidr.split("/");
  const size = 2 ** (32 - Number(bits ?? 32));
  return Math.floor(toNumber(ip) / size) === Math.floor(toNumber(network) / size);
}

/** Whether one peer of a rule (podSelector, namespaceSelector, both, or ipBlock) names `other`. */
function peerMatches(peer, policyNamespace, other, namespaceLabels) {
  if (peer.ipBlock) {
    return other.ip !== undefined && inCidr(other.ip, peer.ipBlock.cidr)
      && !(peer.ipBlock.except ?? []).some((cidr) => inCidr(other.ip, cidr));
  }
  if (other.namespace === undefined) return false; // outside the cluster: only an ipBlock names it
  const inNamespace = peer.namespaceSelector
    ? selects(peer.namespaceSelector, namespaceLabels(other.namespace)) : other.namespace === policyNamespace;
  return inNamespace && (!peer.podSelector || selects(peer.podSelector, other.labels));
}

/** Whether a rule's ports admit `port`/`protocol` on the destination (a named port is the destination's). */
function portMatches(ports, destination, port, protocol) {
  if (!ports || ports.length === 0) return true;
  return ports.some((p) => {
    if ((p.protocol ?? "TCP") !== protocol) return false;
    if (p.port === undefined) return true;
    if (typeof p.port === "string") {
      return (destination.ports ?? []).some((c) => c.name === p.port && (c.protocol ?? "TCP") === protocol && c.containerPort === port);
    }
    return p.endPort === undefined ? p.port === port : p.port <= port && port <= p.endPort;
  });
}

/**
 * Whether the policies let `subject` send (direction "Egress") to or receive (direction "Ingress") from `peer` on
 * `port`/`protocol`; `destination` is whichever of the two is connected to.
 */
function admits(policies, direction, subject, peer, destination, port, protocol, namespaceLabels) {
  const selecting = policies.filter((p) => p.metadata?.namespace === subject.namespace
    && policyTypes(p).includes(direction) && selects(p.spec?.podSelector ?? {}, subject.labels));
  if (subject.namespace === undefined || selecting.length === 0) return true;
  const [rules, peers] = direction === "Egress" ? ["egress", "to"] : ["ingress", "from"];
  return selecting.some((policy) => (policy.spec[rules] ?? []).some((rule) =>
    ((rule[peers] ?? []).length === 0 || rule[peers].some((p) => peerMatches(p, policy.metadata.namespace, peer, namespaceLabels)))
    && portMatches(rule.ports, destination, port, protocol)));
}

/**
 * Whether `policies` (NetworkPolicy objects) allow a connection from `from` to `to` on `port` (a number) and
 * `protocol` (TCP by default). `namespaceLabels(name)` gives a namespace's labels (at least
 * kubernetes.io/metadata.name). Returns null when allowed, else the side that refuses: "Egress" or "Ingress".
 */
export function refusal(policies, from, to, port, protocol = "TCP", namespaceLabels = (name) => ({ "kubernetes.io/metadata.name": name })) {
  if (!admits(policies, "Egress", from, to, to, port, protocol, namespaceLabels)) return "Egress";
  if (!admits(policies, "Ingress", to, from, to, port, protocol, namespaceLabels)) return "Ingress";
  return null;
}
