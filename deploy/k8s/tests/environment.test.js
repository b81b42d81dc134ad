import { policyTest } from "./lib/policy-test.js";
import { overlayNames } from "./lib/rendered.js";
import { unreadVariables } from "./lib/rules/environment.js";

policyTest(unreadVariables, {
  overlays: overlayNames(),
  bad: "policy/unread-variables",
  expected: [
    "Deployment nicepick/gateway container gateway: NICEPICK_GATEWAY_TRUSTEDPROXIE is read by no part of gateway (did you mean NICEPICK_GATEWAY_TRUSTEDPROXIES?)",
    "Deployment nicepick/topics-service container topics-service: NICEPICK_KAFKA_DECLARETOPIC is read by no part of topics-service (did you mean NICEPICK_KAFKA_DECLARETOPICS?)",
    "Deployment nicepick/topics-service container topics-service: NICEPICK_READER_COOKIE_SECURE is read by no part of topics-service",
    "Deployment nicepick/topics-service container topics-service: WHATEVER_THIS_IS is read by no part of topics-service",
  ],
});
