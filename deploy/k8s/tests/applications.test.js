import { policyTest } from "./lib/policy-test.js";
import { overlayNames } from "./lib/rendered.js";
import { missingApplicationObjects } from "./lib/rules/applications.js";

policyTest(missingApplicationObjects, {
  overlays: overlayNames(),
  bad: "policy/missing-application-objects",
  expected: [
    "gateway: no Deployment", "gateway: no Service", "gateway: no ServiceAccount", "gateway: no ConfigMap",
    "gateway: no PodDisruptionBudget", "gateway: no NetworkPolicy",
    "topics-service: no Deployment", "topics-service: no Service", "topics-service: no ServiceAccount",
    "topics-service: no ConfigMap", "topics-service: no PodDisruptionBudget", "topics-service: no NetworkPolicy",
    "verdict-service: no Deployment", "verdict-service: no Service", "verdict-service: no ServiceAccount",
    "verdict-service: no ConfigMap", "verdict-service: no PodDisruptionBudget", "verdict-service: no NetworkPolicy",
    "feedback-service: no Service", "feedback-service: no ServiceAccount", "feedback-service: no ConfigMap",
    "feedback-service: no PodDisruptionBudget", "feedback-service: no NetworkPolicy",
  ],
});
