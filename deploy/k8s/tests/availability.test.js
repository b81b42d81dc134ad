import { policyTest } from "./lib/policy-test.js";
import { tooFewReplicas, uncoveredShutdowns, unprobedOrUnsized, unsafeRollouts, withoutDisruptionBudget } from "./lib/rules/availability.js";

const overlays = ["production", "local"];
// Not local: there Kafka and PostgreSQL run as one-replica StatefulSets on a laptop cluster, with no node drain to
// budget for and no Service endpoint that must be drained before they stop (the applications have both anyway).
const productionOnly = ["production"];

policyTest(unprobedOrUnsized, {
  overlays,
  bad: "policy/unprobed",
  expected: [
    "Deployment nicepick/unprobed container app: no startupProbe",
    "Deployment nicepick/unprobed container app: readinessProbe is on port http, which a Service exposes",
    "Deployment nicepick/unprobed container app: no CPU request",
    "Deployment nicepick/unprobed container app: no memory limit",
    "Deployment nicepick/unprobed container probed: startupProbe is on port 8080, which a Service exposes",
  ],
});

policyTest(withoutDisruptionBudget, {
  overlays: productionOnly,
  bad: "policy/without-disruption-budget",
  expected: ["StatefulSet nicepick/unbudgeted: no PodDisruptionBudget selects its pods"],
});

policyTest(unsafeRollouts, {
  overlays,
  bad: "policy/unsafe-rollout",
  expected: [
    "Deployment nicepick/hasty: rollout may take pods away (strategy RollingUpdate, maxUnavailable 25% by default)",
    "StatefulSet nicepick/manual: updateStrategy OnDelete, not RollingUpdate",
  ],
});

policyTest(uncoveredShutdowns, {
  overlays: productionOnly,
  bad: "policy/uncovered-shutdown",
  expected: [
    "Deployment nicepick/abrupt container app: terminationGracePeriodSeconds 30 does not cover preStop 5 s + 3 shutdown phases of 10 s + the producer's close 5 s",
    "Deployment nicepick/abrupt container sidecar: no preStop hook",
    "Deployment nicepick/feedback-service container app: terminationGracePeriodSeconds 30 does not cover preStop 5 s + 3 shutdown phases of 30 s + the producer's close 5 s",
  ],
});

// Production only: the local overlay runs one replica of each on a laptop cluster.
policyTest(tooFewReplicas, {
  overlays: productionOnly,
  bad: "policy/too-few-replicas",
  expected: [
    "Deployment nicepick/gateway: replicas 1, fewer than 2",
    "Deployment nicepick/topics-service: HorizontalPodAutoscaler topics-service keeps 1 replica at least (minReplicas), fewer than 2",
    "Deployment nicepick/topics-service: sets replicas although HorizontalPodAutoscaler topics-service scales it",
    "Deployment nicepick/verdict-service: ScaledObject verdict-service keeps 0 replicas at least (minReplicaCount), fewer than 2",
  ],
});
