// A supplement to the operators' schemas: CloudNativePG's and Strimzi's CRDs type a volume's `size` as a plain
// string, so "10GB" or "ten" would pass them and fail only when the operator creates the PersistentVolumeClaim.
// A storage size must be a Kubernetes quantity, as the claim's own resources.requests.storage is.
import { formats } from "@kubernetes-models/validate";

/** Messages for each `size` or `sizeLimit` string anywhere in the object that is not a quantity. */
export function storageSizeProblems(value, path = "data") {
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    (key === "size" || key === "sizeLimit") && typeof child === "string" && !formats.quantity.validate.test(child)
      ? [`${path}/${key} must be a quantity (such as 10Gi), not "${child}"`]
      : storageSizeProblems(child, `${path}/${key}`));
}
