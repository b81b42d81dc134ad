import { policyTest } from "./lib/policy-test.js";
import { unpinnedImages } from "./lib/rules/images.js";

policyTest(unpinnedImages, {
  overlays: ["production", "local"],
  bad: "policy/unpinned-image",
  expected: [
    "Deployment nicepick/floating container wait: image registry.example:5000/tools/wait is not pinned",
    "Deployment nicepick/floating container app: image nicepick/floating:latest is not pinned",
  ],
});
