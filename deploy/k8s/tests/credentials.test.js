import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { policyTest } from "./lib/policy-test.js";
import { repositoryRoot } from "./lib/rendered.js";
import { automountedTokens, localProfiles, secretGenerators, secretsWithData } from "./lib/rules/credentials.js";

policyTest(automountedTokens, {
  overlays: ["production", "local"],
  bad: "policy/automounted-token",
  expected: [
    "ServiceAccount chatty: automountServiceAccountToken is not false",
    "Deployment nicepick/chatty: its pods automount a service account token",
  ],
});

// Production only: the local overlay's development Secrets and profile are its purpose.
policyTest(secretsWithData, {
  overlays: ["production"],
  bad: "policy/secret-with-data",
  expected: [
    "Secret nicepick-gateway-credential carries data (credential)",
    "Secret topics-service-db-app carries data (password)",
  ],
});

policyTest(localProfiles, {
  overlays: ["production"],
  bad: "policy/local-profile",
  expected: [
    "ConfigMap gateway-settings: SPRING_PROFILES_ACTIVE turns on the local profile",
    "Deployment nicepick/gateway container app: SPRING_PROFILES_ACTIVE turns on the local profile",
    "Deployment nicepick/gateway container app: NICEPICK_LOCAL_SECRET (the local profile's token secret) is set",
    "Deployment nicepick/gateway container app: argument --spring.profiles.active=local",
  ],
});

test("secretGenerators: none in the production overlay or what it builds on", () => {
  assert.deepEqual(secretGenerators(join(repositoryRoot, "deploy", "k8s", "overlays", "production")), []);
});

test("secretGenerators: reports fixtures/policy/secret-generator (in its base)", () => {
  const overlay = join(import.meta.dirname, "fixtures", "policy", "secret-generator");
  assert.deepEqual(secretGenerators(overlay), [`${join(overlay, "base", "kustomization.yaml")}: secretGenerator nicepick-reader-cookie`]);
});
