// Images that say which build runs: a version tag or a digest, never `latest` and never no tag at all.
import { describe } from "../rendered.js";
import { allContainers, podTemplates } from "../workloads.js";

/** The tag of an image reference ("registry:5000/nicepick/gateway:1.4.2" -> "1.4.2"), or null when it has none. */
export function tagOf(image) {
  const withoutDigest = image.split("@")[0];
  const lastPart = withoutDigest.slice(withoutDigest.lastIndexOf("/") + 1);
  return lastPart.includes(":") ? lastPart.slice(lastPart.indexOf(":") + 1) : null;
}

/** Containers whose image is untagged or tagged `latest` (a digest pins an image whatever its tag says). */
export function unpinnedImages(objects) {
  return podTemplates(objects).flatMap(({ name, template }) =>
    allContainers(template.spec).filter(({ container }) => {
      const image = container.image ?? "";
      return !image.includes("@sha256:") && [null, "latest"].includes(tagOf(image));
    }).map(({ container }) => `${name} container ${container.name}: image ${container.image} is not pinned`));
}

/** A full version tag: x.y.z, optionally with a leading v and a suffix ("7", "7.4" or "17-alpine" are not). */
const fullVersion = /^v?\d+\.\d+\.\d+([-+._][0-9A-Za-z.+_-]*)?$/;
// PostgreSQL numbers its releases major.minor since 10: 17.5 is a full version, 17 is not.
const postgresVersion = /^\d+\.\d+([-+._][0-9A-Za-z.+_-]*)?$/;
const postgresRepository = /(^|\/)postgres(ql)?$/;

/** Whether an image reference names one build: a digest, or a full version tag of its repository's numbering. */
function isVersioned(image) {
  if (image.includes("@sha256:")) return true;
  const tag = tagOf(image) ?? "";
  const repository = image.slice(0, image.length - tag.length - 1);
  return fullVersion.test(tag) || (postgresRepository.test(repository) && postgresVersion.test(tag));
}

/**
 * Images that name no exact build: neither a digest nor a full version tag (x.y.z; x.y for PostgreSQL's images, as
 * PostgreSQL numbers its releases); a major tag such as `redis:7` moves whenever a release comes out. Pod templates' containers and CloudNativePG Clusters' imageName.
 */
export function unversionedImages(objects) {
  const inPods = podTemplates(objects).flatMap(({ name, template }) =>
    allContainers(template.spec).map(({ container }) => ({ where: `${name} container ${container.name}`, image: container.image ?? "" })));
  const inClusters = objects.filter((o) => o.kind === "Cluster" && o.spec?.imageName)
    .map((o) => ({ where: describe(o), image: o.spec.imageName }));
  return [...inPods, ...inClusters]
    .filter(({ image }) => !isVersioned(image))
    .map(({ where, image }) => `${where}: image ${image} has no full version tag (x.y.z) or digest`);
}
