// The objects that .ci/k8s-check rendered with kustomize (target/k8s/<overlay>.yaml and components/<name>.yaml),
// and the committed fixtures, as plain objects. K8S_RENDERED names the folder; by default the repository's target/k8s.
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
export const repositoryRoot = join(here, "..", "..", "..", "..");
const renderedDir = process.env.K8S_RENDERED ?? join(repositoryRoot, "target", "k8s");

/** The objects of one multi-document YAML file, in file order (empty documents left out). */
export function readObjects(path) {
  return parseAllDocuments(readFileSync(path, "utf8"))
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`${path}: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((object) => object !== null);
}

/** The names of the rendered overlays (one file each); fails when .ci/k8s-check has rendered none. */
export function overlayNames() {
  const names = readdirSync(renderedDir).filter((f) => f.endsWith(".yaml")).map((f) => basename(f, ".yaml"));
  if (names.length === 0) throw new Error(`no rendered overlay in ${renderedDir}: run .ci/k8s-check`);
  return names.sort();
}

/** The rendered objects of an overlay, e.g. overlay("production"). */
export function overlay(name) {
  return readObjects(join(renderedDir, `${name}.yaml`));
}

/** The rendered objects of a component on its own over base, e.g. component("ingress"). */
export function component(name) {
  return readObjects(join(renderedDir, "components", `${name}.yaml`));
}

/** Every rendered file (overlays and components on their own) as [label, objects] pairs. */
export function everyRendering() {
  return [
    ...overlayNames().map((name) => [`overlay ${name}`, overlay(name)]),
    ...readdirSync(join(renderedDir, "components")).filter((f) => f.endsWith(".yaml")).sort()
      .map((f) => basename(f, ".yaml")).map((name) => [`component ${name}`, component(name)]),
  ];
}

/** The objects of a committed fixture, fixtures/<name>.yaml. */
export function fixture(name) {
  return readObjects(join(here, "..", "fixtures", `${name}.yaml`));
}

/** "Kind namespace/name" (namespace left out when unset): how every message names an object. */
export function describe(object) {
  const { namespace, name } = object?.metadata ?? {};
  return `${object?.kind} ${namespace ? `${namespace}/` : ""}${name}`;
}
