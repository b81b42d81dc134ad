package dev.nicepick.topics;

import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static dev.nicepick.topics.TopicFixtures.firstOption;
import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

/** A comparison's type and its options' kinds, as editors write them, and the warnings editors alone see. */
@SuppressWarnings("unchecked")
class ContentModelTest extends ServiceIntegrationTest {

    @Test
    void typeAndKindsAreKeptAndATopicWithoutATypeIsAlternatives() {
        String slug = unique("typed");
        Map<String, Object> body = topic(slug);
        body.put("type", "complementary");
        firstOption(body).put("kind", "framework");

        Response created = api().post("/api/topics", body).bearer(editor()).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode stored = api().get("/api/topics/" + slug).bearer(editor()).send().json();
        assertThat(stored.get("type").asString()).isEqualTo("complementary");
        assertThat(stored.get("options").get(0).get("kind").asString()).isEqualTo("framework");
        assertThat(stored.get("options").get(1).has("kind")).as("no kind given").isFalse();

        String untyped = unique("untyped");
        assertThat(api().post("/api/topics", topic(untyped)).bearer(editor()).send().json().get("type").asString())
                .isEqualTo("alternatives");
    }

    @Test
    void anUnknownTypeOrKindIsABadRequestListingTheAllowedValues() {
        String slug = unique("unknown-type");
        Map<String, Object> body = topic(slug);
        body.put("type", "rivals");
        assertRefused(body, "type", "must be one of alternatives, complementary");

        body = topic(slug);
        firstOption(body).put("kind", "gadget");
        assertRefused(body, "options[0].kind", "must be one of language, framework, library, runtime, database, platform, "
                + "tool, protocol, format, architecture, method, concept, service");
    }

    @Test
    void aComplementaryComparisonNeedsWhatEachOptionIsFor() {
        String slug = unique("complementary");
        Map<String, Object> body = topic(slug);
        body.put("type", "complementary");
        ((List<Map<String, Object>>) body.get("options")).get(1).remove("bestFor");

        assertRefused(body, "options[1].bestFor",
                "is required in a complementary comparison: it says what Micronaut is for");
    }

    @Test
    void editorsSeeWarningsOnEveryWriteAndReadButReadersNever() {
        String slug = unique("weak");
        Map<String, Object> body = topic(slug);
        body.put("intro", "Short.");
        firstOption(body).put("cons", List.of("Specific tradeoffs depend on your use case"));

        JsonNode created = api().post("/api/topics", body).bearer(editor()).send().json();
        assertThat(codes(created)).containsExactly("placeholder-con:options[0].cons[0]", "short-intro:intro");

        Response published = api().post("/api/topics/" + slug + "/publish", null).bearer(editor()).send();
        assertThat(published.status()).as("warnings never block publishing").isEqualTo(200);
        assertThat(codes(published.json())).containsExactly("placeholder-con:options[0].cons[0]", "short-intro:intro");

        body.put("intro", "Two JVM frameworks built for fast start-up and small containers; both compile to native images.");
        String etag = published.header("ETag");
        JsonNode revised = api().put("/api/topics/" + slug, body).bearer(editor()).header("If-Match", etag).send().json();
        assertThat(codes(revised)).containsExactly("placeholder-con:options[0].cons[0]");
        assertThat(codes(api().get("/api/topics/" + slug).bearer(editor()).send().json()))
                .containsExactly("placeholder-con:options[0].cons[0]");

        assertThat(api().get("/api/topics/" + slug).send().json().has("warnings")).as("a reader's copy").isFalse();
        assertThat(api().get("/api/topics/" + slug).bearer(tokens().mint("moderator-1", "moderator")).send().json()
                .has("warnings")).isFalse();
    }

    @Test
    void soundContentGetsAnEmptyListOfWarnings() {
        Map<String, Object> body = topic(unique("sound"));
        body.put("intro", "Two JVM frameworks built for fast start-up and small containers; both compile to native images.");
        ((List<Map<String, Object>>) body.get("options")).get(1).put("cons", List.of("Fewer guides and answers online"));

        JsonNode created = api().post("/api/topics", body).bearer(editor()).send().json();

        assertThat(created.get("warnings").isArray()).isTrue();
        assertThat(created.get("warnings")).isEmpty();
    }

    private void assertRefused(Map<String, Object> body, String field, String message) {
        Response response = api().post("/api/topics", body).bearer(editor()).send();

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString() + ": "
                + e.get("message").asString())).containsExactly(field + ": " + message);
        assertThat(api().get("/api/topics/" + body.get("slug")).bearer(editor()).send().status())
                .as("nothing stored").isEqualTo(404);
    }

    private static List<String> codes(JsonNode topic) {
        return topic.get("warnings").valueStream()
                .map(w -> w.get("code").asString() + ":" + w.get("field").asString()).toList();
    }

    private String editor() {
        return tokens().mint("editor-1", "editor");
    }
}
