import { policyTest } from "./lib/policy-test.js";
import { doublyScaled, moreReplicasThanPartitions } from "./lib/rules/autoscaling.js";

policyTest(doublyScaled, {
  overlays: ["production", "local"],
  bad: "policy/doubly-scaled",
  expected: ["Deployment nicepick/verdict-service: targeted by a HorizontalPodAutoscaler and by ScaledObject verdict-service"],
});

policyTest(moreReplicasThanPartitions, {
  overlays: ["production", "local"],
  bad: "policy/doubly-scaled",
  expected: [
    "ScaledObject verdict-service: maxReplicaCount 12 exceeds the 6 partitions of verdicts.commands.v1",
    "ScaledObject verdict-service: a kafka trigger names no topic, so no partition count bounds it",
  ],
});
