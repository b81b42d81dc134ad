// The validator for Strimzi's kinds (kafka.strimzi.io), which have no npm models: ajv over the openAPIV3Schema of the
// CRDs that deploy/k8s/tests/strimzi/pom.xml generates from Strimzi's own model classes, made strict the way the API
// server's pruning would be visible: every schema that lists properties, and does not preserve unknown fields,
// admits no others. metadata, which a CRD leaves as a bare object, is checked as Kubernetes' ObjectMeta.
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import { ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1";
import { formats } from "@kubernetes-models/validate";
import { readObjects } from "../rendered.js";
import { modelProblems } from "./models.js";

const crdDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "strimzi", "target", "crds");
export const strimziGroup = "kafka.strimzi.io";

/** The schema with additionalProperties: false wherever it lists properties and keeps no unknown fields. */
export function strict(schema) {
  if (schema === null || typeof schema !== "object") return schema;
  if (Array.isArray(schema)) return schema.map(strict);
  const result = Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === "properties" ? [key, Object.fromEntries(Object.entries(value).map(([p, s]) => [p, strict(s)]))]
        : [key, strict(value)]));
  if (schema.properties && !schema["x-kubernetes-preserve-unknown-fields"] && schema.additionalProperties === undefined) {
    result.additionalProperties = false;
  }
  return result;
}

let validators; // "apiVersion kind" -> compiled validator, read once
function strimziValidators() {
  if (validators) return validators;
  const crdFiles = readdirSync(crdDir).filter((f) => f.endsWith(".yaml"));
  if (crdFiles.length === 0) throw new Error(`no Strimzi CRD in ${crdDir}: run .ci/k8s-check`);
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format);
  validators = new Map();
  for (const crd of crdFiles.flatMap((f) => readObjects(join(crdDir, f)))) {
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      const schema = strict(version.schema.openAPIV3Schema);
      validators.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, ajv.compile(schema));
    }
  }
  return validators;
}

/** The problems of a Strimzi object, as messages naming the JSON path; null when no generated CRD has its kind. */
export function strimziProblems(object) {
  const validate = strimziValidators().get(`${object.apiVersion} ${object.kind}`);
  if (!validate) return null;
  const problems = validate(object) ? [] : validate.errors.map((e) =>
    e.keyword === "additionalProperties"
      ? `data${e.instancePath}/${e.params.additionalProperty} is not a field of ${object.kind}`
      : `data${e.instancePath} ${e.message}`);
  return [...problems, ...modelProblems(ObjectMeta, object.metadata ?? {}).map((p) => p.replace(/^data/, "data/metadata"))];
}
