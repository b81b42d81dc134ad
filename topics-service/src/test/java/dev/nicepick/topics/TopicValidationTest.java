package dev.nicepick.topics;

import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.nicepick.topics.TopicFixtures.firstOption;
import static dev.nicepick.topics.TopicFixtures.option;
import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every rule of a topic body: each rejection names the field and the rule, and nothing is stored. */
class TopicValidationTest extends ServiceIntegrationTest {

    @SuppressWarnings("unchecked")
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("slug", "NotBlank", t -> t.remove("slug")),
                broken("slug", "Pattern", t -> t.put("slug", "Not A Slug")),
                broken("slug", "Size", t -> t.put("slug", "a" + "-b".repeat(60))),
                broken("title", "NotBlank", t -> t.put("title", "  ")),
                broken("title", "Size", t -> t.put("title", "x".repeat(201))),
                broken("category", "NotBlank", t -> t.remove("category")),
                broken("tags", "Size", t -> t.put("tags", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))),
                broken("tags[0]", "Pattern", t -> t.put("tags", List.of("Not a tag"))),
                broken("tags", "Unique", t -> t.put("tags", List.of("jvm", "jvm"))),
                broken("intro", "Size", t -> t.put("intro", "x".repeat(1001))),
                broken("bottomLine", "Size", t -> t.put("bottomLine", "x".repeat(1001))),
                broken("options", "NotNull", t -> t.remove("options")),
                broken("options", "Size", t -> t.put("options", List.of(option("only", "Only")))),
                broken("options", "Size", t -> t.put("options", List.of(option("a", "A"), option("b", "B"),
                        option("c", "C"), option("d", "D"), option("e", "E")))),
                broken("options[0].key", "Pattern", t -> firstOption(t).put("key", "Bad Key")),
                broken("options[1].key", "UniqueKey", t -> ((List<Map<String, Object>>) t.get("options")).get(1).put("key", "quarkus")),
                broken("options[0].name", "NotBlank", t -> firstOption(t).put("name", "")),
                broken("options[0].description", "NotBlank", t -> firstOption(t).remove("description")),
                broken("options[0].description", "Size", t -> firstOption(t).put("description", "x".repeat(2001))),
                broken("options[0].pros[0]", "NotBlank", t -> firstOption(t).put("pros", List.of(" "))),
                broken("options[0].cons[0]", "Size", t -> firstOption(t).put("cons", List.of("x".repeat(501)))),
                broken("options[0].related[0]", "Pattern", t -> firstOption(t).put("related", List.of("Not Related"))),
                broken("options[0].bestFor", "Size", t -> firstOption(t).put("bestFor", "x".repeat(301))),
                broken("editorialPick", "NotNull", t -> t.remove("editorialPick")),
                broken("editorialPick.option", "KnownOption", t -> t.put("editorialPick", Map.of("option", "spring"))),
                broken("editorialPick.strength", "Min", t -> t.put("editorialPick", Map.of("option", "quarkus", "strength", 0))),
                broken("editorialPick.strength", "Max", t -> t.put("editorialPick", Map.of("option", "quarkus", "strength", 101))),
                broken("colour", "UnknownField", t -> t.put("colour", "blue")),
                broken("options[0].colour", "UnknownField", t -> firstOption(t).put("colour", "blue")),
                broken("options", "Type", t -> t.put("options", "not a list")),
                broken("title", "Type", t -> t.put("title", List.of("a", "list"))),
                broken("editorialPick.strength", "Type", t -> t.put("editorialPick", Map.of("option", "quarkus", "strength", "ten"))),
                broken("title", "NoControlCharacters", t -> t.put("title", "Quarkus\u0000 vs Micronaut")),
                broken("category", "NoControlCharacters", t -> t.put("category", "Frame\u001bworks")),
                broken("tags[1]", "NoControlCharacters", t -> t.put("tags", List.of("jvm", "a\u0000b"))),
                broken("options[0].name", "NoControlCharacters", t -> firstOption(t).put("name", "Quarkus\u0001")),
                broken("options[0].pros[0]", "NoControlCharacters", t -> firstOption(t).put("pros", List.of("fast\u007f"))),
                broken("bottomLine", "NoControlCharacters", t -> t.put("bottomLine", "Quarkus\u0008 wins.")),
                // free text may hold tabs and line breaks (below), but no other control character
                broken("intro", "NoControlCharacters", t -> t.put("intro", "First line,\r\nthen a NUL\u0000.")));
    }

    private static Arguments broken(String field, String rule, Consumer<Map<String, Object>> breakIt) {
        return arguments(field, rule, breakIt);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsABadRequestNamingFieldAndRule(String field, String rule, Consumer<Map<String, Object>> breakIt) {
        String slug = unique("invalid");
        Map<String, Object> body = topic(slug);
        breakIt.accept(body);

        Response response = api().post("/api/topics", body).bearer(editor()).send();

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("type").asString()).isEqualTo("https://nicepick.dev/problems/bad-request");
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("rule").asString()))
                .as(response.body()).contains(field + " " + rule);
        assertNothingStored(slug);
    }

    @Test
    void malformedJsonIsABadRequestSayingWhere() {
        Response response = api().post("/api/topics", "{\"slug\":\n  ,").bearer(editor()).send();

        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString() + " " + error.get("rule").asString()).isEqualTo("body Json");
        assertThat(error.get("message").asString()).isEqualTo("is not valid JSON (line 2, column 3)");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreNamedInTheApisWords() {
        Map<String, Object> body = topic(unique("words"));
        body.put("colour", "blue");
        assertThat(api().post("/api/topics", body).bearer(editor()).send().json().get("errors").get(0).get("message").asString())
                .isEqualTo("is not a field of this request");
        body = topic(unique("words"));
        body.put("title", 42.5);
        body.put("editorialPick", Map.of("option", "quarkus", "strength", "ten"));
        assertThat(api().post("/api/topics", body).bearer(editor()).send().json().get("errors").valueStream()
                .map(e -> e.get("field").asString() + ": " + e.get("message").asString()))
                .containsAnyOf("title: must be a string", "editorialPick.strength: must be a whole number");
    }

    @Test
    void freeTextMayHoldTabsAndLineBreaks() {
        String slug = unique("free-text");
        Map<String, Object> body = topic(slug);
        body.put("intro", "First line,\r\nsecond line\tand a tab.");

        Response response = api().post("/api/topics", body).bearer(editor()).send();

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("intro").asString()).isEqualTo("First line,\r\nsecond line\tand a tab.");
    }

    @Test
    void anotherMediaTypeIsUnsupported() {
        String slug = unique("media");
        Response response = api().post("/api/topics", topic(slug)).contentType("text/plain").bearer(editor()).send();

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertNothingStored(slug);
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        String slug = unique("large");
        Map<String, Object> body = topic(slug);
        List<String> pros = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pros.add("y".repeat(7_000));
        }
        firstOption(body).put("pros", pros);

        Response response = api().post("/api/topics", body).bearer(editor()).send();

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertNothingStored(slug);
    }

    @Test
    void aRevisionMayNotChangeTheSlug() {
        String slug = unique("keep-slug");
        String etag = api().post("/api/topics", topic(slug)).bearer(editor()).send().header("ETag");

        Response response = api().put("/api/topics/" + slug, topic(unique("other"))).bearer(editor())
                .header("If-Match", etag).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("slug");
    }

    private String editor() {
        return tokens().mint("editor-1", "editor");
    }

    private void assertNothingStored(String slug) {
        assertThat(api().get("/api/topics/" + slug).bearer(editor()).send().status()).isEqualTo(404);
    }
}
