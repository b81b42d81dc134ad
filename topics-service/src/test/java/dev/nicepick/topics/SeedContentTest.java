package dev.nicepick.topics;

import dev.nicepick.testsupport.ServiceIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed as editors would see it: every option has a kind, the three comparisons added for issue 14 are what they
 * exemplify, and only the deliberately mismatched one carries a warning.
 */
class SeedContentTest extends ServiceIntegrationTest {

    @Test
    void onlyMicroservicesVsDockerWarnsAndOnlyOfMismatchedKinds() {
        for (String slug : seedSlugs()) {
            JsonNode topic = asEditor(slug);
            List<String> warnings = topic.get("warnings").valueStream().map(w -> w.get("code").asString()).toList();
            if (slug.equals("microservices-vs-docker")) {
                assertThat(warnings).as(slug).containsExactly("mismatched-kinds");
            } else {
                assertThat(warnings).as(slug + ": " + topic.get("warnings")).isEmpty();
            }
            assertThat(topic.get("status").asString()).as(slug).isEqualTo("published");
            assertThat(topic.get("options").valueStream().map(o -> o.path("kind").asString(""))).as(slug)
                    .allMatch(kind -> !kind.isEmpty());
        }
    }

    @Test
    void theThreeExamplesOfIssue14AreTypedAsTheyExemplify() {
        JsonNode complementary = asEditor("unit-testing-vs-integration-testing");
        assertThat(complementary.get("type").asString()).isEqualTo("complementary");
        assertThat(kinds(complementary)).containsExactly("method", "method");
        assertThat(complementary.get("options").valueStream().map(o -> o.get("bestFor").asString())).allMatch(b -> !b.isBlank());

        JsonNode close = asEditor("monorepo-vs-polyrepo");
        assertThat(close.get("type").asString()).isEqualTo("alternatives");
        assertThat(kinds(close)).containsExactly("method", "method");
        assertThat(close.get("editorialPick").get("strength").asInt()).as("readers can split it with about 30 votes").isEqualTo(3);

        JsonNode mismatched = asEditor("microservices-vs-docker");
        assertThat(mismatched.get("type").asString()).isEqualTo("alternatives");
        assertThat(kinds(mismatched)).containsExactly("architecture", "tool");
    }

    private JsonNode asEditor(String slug) {
        return api().get("/api/topics/" + slug).bearer(tokens().mint("editor-1", "editor")).send().json();
    }

    private static List<String> kinds(JsonNode topic) {
        return topic.get("options").valueStream().map(o -> o.get("kind").asString()).toList();
    }

    /** Every comparison in the seed file, which the service publishes on first start. */
    static List<String> seedSlugs() {
        return seed().valueStream().map(t -> t.get("slug").asString()).toList();
    }

    static JsonNode seed() {
        try (InputStream in = new ClassPathResource("seed/topics.json").getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
