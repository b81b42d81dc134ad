// Images that say which build runs: a version tag or a digest, never `latest` and never no tag at all.
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
