package dev.nicepick.kubernetes;

import java.util.List;
import java.util.Map;

/**
 * The images the manifests name, as this machine has them: no registry is reachable, so the suite's own images
 * are the ones built here ({@code nicepick/<name>:dev}, used as they are) and the public infrastructure images are
 * the stand-ins {@code .ci/stand-in-images} builds (the variables it prints override the defaults below).
 * An image in neither list fails the test naming it.
 */
final class StandInImages {

    /** Repository of a public image -> the variable {@code .ci/stand-in-images} prints for its stand-in, and that stand-in. */
    private static final Map<String, List<String>> STAND_INS = Map.of(
            "apache/kafka", List.of("KAFKA_IMAGE", "nicepick-local/kafka:4.1.2"),
            "postgres", List.of("POSTGRES_IMAGE", "nicepick-local/postgres:15"),
            "redis", List.of("REDIS_IMAGE", "nicepick-local/redis:7"));

    private StandInImages() {
    }

    /** The local image to run for {@code image} as a manifest names it. */
    static String resolve(String image) {
        if (image.startsWith("nicepick/")) {
            return image;
        }
        String repository = image.replaceFirst("^docker\\.io/", "").replaceFirst("^library/", "").replaceFirst("[:@].*$", "");
        List<String> standIn = STAND_INS.get(repository);
        if (standIn == null) {
            throw new IllegalStateException("No local image stands in for " + image + " (known: nicepick/*, " + STAND_INS.keySet() + ")");
        }
        String chosen = System.getenv(standIn.get(0));
        return chosen == null || chosen.isBlank() ? standIn.get(1) : chosen;
    }
}
