// Strict schema validation of one rendered object by exactly one validator, chosen by its API group: Strimzi's
// generated CRDs for kafka.strimzi.io, the kubernetes-models packages for every other group. An object of a kind
// that neither knows is a problem in itself, so nothing slips through unvalidated.
import { modelOf, modelProblems } from "./models.js";
import { storageSizeProblems } from "./storage-sizes.js";
import { strimziGroup, strimziProblems } from "./strimzi.js";

/** The validator's name (a kubernetes-models package, or "strimzi-crd") and the object's problems; none when valid. */
export async function validateObject(object) {
  const { apiVersion, kind } = object ?? {};
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    return { validator: "none", problems: ["an object without apiVersion and kind"] };
  }
  const supplement = storageSizeProblems(object);
  if (apiVersion.startsWith(`${strimziGroup}/`)) {
    const problems = strimziProblems(object);
    return problems ? { validator: "strimzi-crd", problems: [...problems, ...supplement] }
      : { validator: "none", problems: [`no validator knows ${apiVersion} ${kind}`] };
  }
  const found = await modelOf(apiVersion, kind);
  return found ? { validator: found.modelPackage, problems: [...modelProblems(found.model, object), ...supplement] }
    : { validator: "none", problems: [`no validator knows ${apiVersion} ${kind}`] };
}
