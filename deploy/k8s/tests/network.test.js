import { policyTest } from "./lib/policy-test.js";
import { uncoveredPods, withoutDefaultDeny } from "./lib/rules/network.js";

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
