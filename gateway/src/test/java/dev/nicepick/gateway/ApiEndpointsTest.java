package dev.nicepick.gateway;

import dev.nicepick.gateway.api.ApiEndpoints;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's table of operations ({@link ApiEndpoints}) lists exactly what the services publish (their committed
 * OpenAPI descriptions in {@code docs/openapi}, which their own tests keep current) plus the gateway's own
 * {@code POST /api/readers}: an operation a service adds but the table forgets would be a silent 404 at the door,
 * and a row no service answers a promise nobody keeps.
 */
class ApiEndpointsTest {

    private static final Path DESCRIPTIONS = Path.of("").toAbsolutePath().getParent().resolve("docs/openapi");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void theTableListsEveryOperationTheServicesPublishAndNothingElse() throws Exception {
        Set<String> published = new TreeSet<>();
        try (Stream<Path> files = Files.list(DESCRIPTIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                JsonNode paths = JsonMapper.builder().build().readTree(file.toFile()).get("paths");
                // the services' lag (GET /api/lab/lag) is not routed: the gateway reads it itself for /api/lab/consistency
                paths.properties().stream().filter(path -> !path.getKey().equals("/api/lab/lag"))
                        .forEach(path -> path.getValue().propertyNames().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> published.add(operation(method, path.getKey()))));
            }
        }
        published.add(operation("post", "/api/readers"));

        Set<String> listed = new TreeSet<>();
        ApiEndpoints.ALL.forEach(endpoint -> listed.add(operation(endpoint.method().name(), endpoint.pattern())));

        assertThat(published).as("operations in %s", DESCRIPTIONS).hasSizeGreaterThan(10);
        assertThat(listed).isEqualTo(published);
    }

    /** {@code GET /api/topics/{}}: variable names differ between a description and the table, their places do not. */
    private static String operation(String method, String pattern) {
        return method.toUpperCase(Locale.ROOT) + " " + pattern.replaceAll("\\{[^}]+}", "{}");
    }
}
