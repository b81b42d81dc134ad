import { policyTest } from "./lib/policy-test.js";
import { unenforcedNamespaces, unrestrictedContainers } from "./lib/rules/pod-security.js";

policyTest(unrestrictedContainers, {
  overlays: ["production", "local"],
  bad: "policy/unrestricted-container",
  expected: [
    "Deployment nicepick/loose container app: runAsNonRoot is not true",
    "Deployment nicepick/loose container app: allowPrivilegeEscalation is not false",
    "Deployment nicepick/loose container app: capabilities do not drop ALL",
    "Deployment nicepick/loose container app: capabilities added",
    "Deployment nicepick/loose container app: readOnlyRootFilesystem is not true",
    "Deployment nicepick/loose container app: no writable emptyDir mounted at /tmp",
    "Deployment nicepick/loose container app: seccomp profile is unset, not RuntimeDefault",
  ],
});

policyTest(unenforcedNamespaces, {
  overlays: ["production", "local"],
  bad: "policy/unenforced-namespace",
  expected: ["Namespace nicepick does not enforce pod-security restricted"],
});
