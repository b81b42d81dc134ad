package dev.nicepick.gateway;

import dev.nicepick.gateway.api.ApiEndpoints;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's table of operations ({@link ApiEndpoints}) lists exactly what the services publish (their committed
 * OpenAPI descriptions in {@code docs/openapi}, which their own tests keep current) plus the gateway's own
 * {@code POST /api/readers} and the lab's figures; a service's drills are routed under its name and its lag figures not at
 * all: an operation a service adds but the table forgets would be a silent 404 at the door,
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
                String service = file.getFileName().toString().replace(".json", "");
                paths.properties().stream().filter(path -> !path.getKey().equals(LAG)).forEach(path -> path.getValue().propertyNames().stream()
                        .filter(METHODS::contains)
                        .forEach(method -> published.add(operation(method, atTheGateway(service, path.getKey())))));
            }
        }
        published.add(operation("post", "/api/readers"));
        LAB_OWN.forEach(path -> published.add(operation("get", path)));

        Set<String> listed = new TreeSet<>();
        ApiEndpoints.ALL.forEach(endpoint -> listed.add(operation(endpoint.method().name(), endpoint.pattern())));

        assertThat(published).as("operations in %s", DESCRIPTIONS).hasSizeGreaterThan(10);
        assertThat(listed).isEqualTo(published);
    }

    /** What the gateway answers itself besides {@code POST /api/readers}: the lab's figures. */
    private static final List<String> LAB_OWN = List.of("/api/lab/availability", "/api/lab/consistency", "/api/lab/scaling");
    /** Each service's drills, which the gateway routes under the service's name. */
    private static final String DRILLS = "/api/lab/drills";
    /** Each service's lag figures, which the gateway reads itself (the lab's consistency) and does not route. */
    private static final String LAG = "/api/lab/lag";

    private static String atTheGateway(String service, String path) {
        return path.startsWith(DRILLS) ? DRILLS + "/" + service + path.substring(DRILLS.length()) : path;
    }

    /** {@code GET /api/topics/{}}: variable names differ between a description and the table, their places do not. */
    private static String operation(String method, String pattern) {
        return method.toUpperCase(Locale.ROOT) + " " + pattern.replaceAll("\\{[^}]+}", "{}");
    }
}
