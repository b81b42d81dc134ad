import assert from "node:assert/strict";
import { test } from "node:test";
import { policyTest } from "./lib/policy-test.js";
import { refusal } from "./lib/reachability.js";
import { uncoveredPods, unwantedReachability, withoutDefaultDeny } from "./lib/rules/network.js";

policyTest(withoutDefaultDeny, {
  overlays: ["production", "local"],
  bad: "policy/without-default-deny",
  expected: ["namespace nicepick: no default deny of Egress"],
});

policyTest(uncoveredPods, {
  overlays: ["production", "local"],
  bad: "policy/without-default-deny",
  expected: ["Deployment nicepick/open: no NetworkPolicy of its own selects its pods"],
});

policyTest(unwantedReachability, {
  overlays: ["production", "local"],
  bad: "policy/unwanted-reachability",
  expected: [
    "StatefulSet nicepick/kafka -> kube-dns 53/UDP: needed, but the Egress of StatefulSet nicepick/kafka refuses it",
    "StatefulSet nicepick/kafka -> kube-dns 53/TCP: needed, but the Egress of StatefulSet nicepick/kafka refuses it",
    "ingress controller -> Deployment nicepick/gateway 8080/TCP: needed, but the Ingress of Deployment nicepick/gateway refuses it",
    "KEDA operator -> StatefulSet nicepick/kafka 9092/TCP: needed, but the Ingress of StatefulSet nicepick/kafka refuses it",
    "Prometheus -> Deployment nicepick/feedback-service 9080/TCP: needed, but the Ingress of Deployment nicepick/feedback-service refuses it",
    "Deployment nicepick/gateway -> Deployment nicepick/topics-service 9080/TCP: allowed, and must not be",
    "Deployment nicepick/verdict-service -> StatefulSet nicepick/topics-service-db 5432/TCP: allowed, and must not be",
    "Deployment nicepick/gateway -> StatefulSet nicepick/feedback-service-db 5432/TCP: allowed, and must not be",
    "Deployment nicepick/redis -> a host on the internet 443/TCP: allowed, and must not be",
  ],
});

// The evaluator on tiny cases: a client and a server pod in namespace shop, and what the policies make of 8080/TCP.
const client = { namespace: "shop", labels: { app: "client" }, ports: [] };
const server = { namespace: "shop", labels: { app: "server" }, ports: [{ name: "http", containerPort: 8080 }] };
const policy = (name, spec) => ({ kind: "NetworkPolicy", metadata: { name, namespace: "shop" }, spec });
const denyAll = policy("deny", { podSelector: {}, policyTypes: ["Ingress", "Egress"] });
const serverFrom = (peer, ports) => policy("server", { podSelector: { matchLabels: { app: "server" } }, ingress: [{ from: [peer], ports }] });
const clientTo = (peer, ports) => policy("client", { podSelector: { matchLabels: { app: "client" } }, policyTypes: ["Egress"], egress: [{ to: [peer], ports }] });

test("refusal: no policy allows everything; a default deny refuses egress first", () => {
  assert.equal(refusal([], client, server, 8080), null);
  assert.equal(refusal([denyAll], client, server, 8080), "Egress");
});

test("refusal: allowed by podSelector on both sides, by number and by named port", () => {
  const egress = clientTo({ podSelector: { matchLabels: { app: "server" } } }, [{ port: 8080 }]);
  assert.equal(refusal([denyAll, egress, serverFrom({ podSelector: { matchLabels: { app: "client" } } }, [{ port: "http" }])], client, server, 8080), null);
  assert.equal(refusal([denyAll, egress, serverFrom({ podSelector: { matchLabels: { app: "other" } } }, [{ port: 8080 }])], client, server, 8080), "Ingress");
});

test("refusal: by namespaceSelector (a pod of another namespace, a podSelector alone meaning the policy's own)", () => {
  const monitor = { namespace: "monitoring", labels: { app: "client" }, ports: [] };
  const byNamespace = serverFrom({ namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "monitoring" } } }, [{ port: 8080 }]);
  assert.equal(refusal([denyAll, byNamespace], monitor, server, 8080), null);
  assert.equal(refusal([denyAll, serverFrom({ podSelector: { matchLabels: { app: "client" } } })], monitor, server, 8080), "Ingress");
});

test("refusal: a port or protocol mismatch refuses", () => {
  const open = clientTo({ podSelector: {} });
  assert.equal(refusal([denyAll, open, serverFrom({ podSelector: {} }, [{ port: 8081 }])], client, server, 8080), "Ingress");
  assert.equal(refusal([denyAll, open, serverFrom({ podSelector: {} }, [{ port: 8080 }])], client, server, 8080, "UDP"), "Ingress");
  assert.equal(refusal([denyAll, open, serverFrom({ podSelector: {} }, [{ port: 8000, endPort: 8090 }])], client, server, 8080), null);
});

test("refusal: an open ingress does not help when the egress is missing", () => {
  assert.equal(refusal([denyAll, serverFrom({ podSelector: {} })], client, server, 8080), "Egress");
});

test("refusal: an ipBlock names hosts outside by address, with its exceptions", () => {
  const host = { ip: "198.51.100.7" };
  const to = (except) => clientTo({ ipBlock: { cidr: "198.51.100.0/24", except } }, [{ port: 443 }]);
  assert.equal(refusal([denyAll, to()], client, host, 443), null);
  assert.equal(refusal([denyAll, to(["198.51.100.0/28"])], client, host, 443), "Egress");
  assert.equal(refusal([denyAll, to()], client, server, 443), "Egress");
});
