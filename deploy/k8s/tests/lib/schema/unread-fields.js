// Strictness for the kubernetes-models validators. They are ajv code compiled from the Kubernetes OpenAPI and the
// operators' CRD schemas, which check types, required fields and formats (quantities among them) but let unknown
// fields through, and they ship without the schemas themselves. A compiled validator reads every property its schema
// declares (`data.replicas`) and enumerates the keys of maps (labels, env maps); it never looks at a field the schema
// lacks. So: run it on a Proxy that records what it reads, and report each field it never read in an object it did
// read from. Objects it never read from are free-form (x-kubernetes-preserve-unknown-fields, or an untyped value),
// where unknown fields are allowed, as the API server allows them.

/**
 * Runs `validate(data)` on a recording copy of `data` and returns what it threw (or null) and the JSON paths
 * ("/spec/template/spec/containers/0/imagePullPolicyy") of the fields the schema does not know.
 */
export function validateRecordingReads(validate, data) {
  const inspected = []; // [path, object, record] of each object the validator got hold of
  const record = (value, path) => {
    if (value === null || typeof value !== "object") return value;
    const reads = { keys: new Set(), enumerated: false };
    inspected.push([path, value, reads]);
    return new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === "string") reads.keys.add(key); // absent declared fields are read too
        if (typeof key !== "string" || !Object.hasOwn(target, key)) return Reflect.get(target, key, receiver);
        return record(target[key], `${path}/${key}`);
      },
      has(target, key) {
        if (typeof key === "string") reads.keys.add(key);
        return Reflect.has(target, key);
      },
      ownKeys(target) {
        reads.enumerated = true;
        return Reflect.ownKeys(target);
      },
    });
  };
  let error = null;
  try {
    validate(record(data, ""));
  } catch (thrown) {
    error = thrown;
  }
  const unknown = new Set();
  for (const [path, value, reads] of inspected) {
    if (Array.isArray(value) || reads.enumerated || reads.keys.size === 0) continue;
    for (const key of Object.keys(value)) if (!reads.keys.has(key)) unknown.add(`${path}/${key}`);
  }
  return { error, unknownFields: [...unknown] };
}
