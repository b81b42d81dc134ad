import { policyTest } from "./lib/policy-test.js";
import { unpinnedImages, unversionedImages } from "./lib/rules/images.js";

policyTest(unpinnedImages, {
  overlays: ["production", "local"],
  bad: "policy/unpinned-image",
  expected: [
    "Deployment nicepick/floating container wait: image registry.example:5000/tools/wait is not pinned",
    "Deployment nicepick/floating container app: image nicepick/floating:latest is not pinned",
  ],
});

// Production only: the local overlay runs images built here (tag dev) and the infrastructure's moving major tags.
policyTest(unversionedImages, {
  overlays: ["production"],
  bad: "policy/unversioned-image",
  expected: [
    "Deployment nicepick/loosely-tagged container redis: image redis:7 has no full version tag (x.y.z) or digest",
    "Deployment nicepick/loosely-tagged container postgres: image postgres:17-alpine has no full version tag (x.y.z) or digest",
    "Deployment nicepick/loosely-tagged container app: image registry.example.com/nicepick/app:dev has no full version tag (x.y.z) or digest",
    "Cluster nicepick/loosely-tagged-db: image ghcr.io/cloudnative-pg/postgresql:17 has no full version tag (x.y.z) or digest",
  ],
});
