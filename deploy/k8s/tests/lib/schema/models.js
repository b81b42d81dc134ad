// The validator for the API groups that the kubernetes-models packages cover: Kubernetes itself (kubernetes-models),
// CloudNativePG, KEDA, Gateway API and the Prometheus Operator (monitoring.coreos.com). Their compiled validators
// check types, required fields and formats (quantities among them); validateRecordingReads adds the unknown-field
// check they lack.
import { validateRecordingReads } from "./unread-fields.js";

/** API group (the part of apiVersion before "/") -> the package of its models; every other group is Kubernetes'. */
const packageOfGroup = {
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
  "keda.sh": "@kubernetes-models/keda",
  "gateway.networking.k8s.io": "@kubernetes-models/gateway-api",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
};

/**
 * The model class of an apiVersion and kind (e.g. apps/v1 Deployment) and the package it comes from, as
 * { model, modelPackage }, or null when no package has one.
 */
export async function modelOf(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const modelPackage = packageOfGroup[group] ?? "kubernetes-models";
  let models;
  try {
    models = await import(`${modelPackage}/${apiVersion}`);
  } catch {
    return null; // the package has no such apiVersion
  }
  const model = models[kind];
  return model?.apiVersion === apiVersion && model?.kind === kind ? { model, modelPackage } : null;
}

/**
 * The problems of `object` against a model class (a kind, or a part of one such as ObjectMeta), as messages naming
 * the JSON path ("data/spec/replicas must be integer"); empty when it is valid.
 */
export function modelProblems(model, object) {
  const { error, unknownFields } = validateRecordingReads((data) => model.prototype.validate.call(data), asDecoded(object));
  return [
    ...(error?.errors ?? (error ? [error] : [])).map((e) => `data${e.instancePath ?? ""} ${e.message}`),
    ...unknownFields.map((path) => `data${path} is not a field of ${model.name}`),
  ];
}

/**
 * The object as the API server decodes it. kustomize writes a Secret's base64 values in lines of 76 characters, and
 * Go's base64 decoder, which the API server uses, skips line breaks; the models' "byte" format does not.
 */
function asDecoded(object) {
  if (object?.apiVersion !== "v1" || object.kind !== "Secret" || !object.data) return object;
  return { ...object, data: Object.fromEntries(Object.entries(object.data).map(([k, v]) => [k, String(v).replace(/[\r\n]/g, "")])) };
}
