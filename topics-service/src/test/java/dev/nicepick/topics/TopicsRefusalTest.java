package dev.nicepick.topics;

import dev.nicepick.testsupport.RefusalContract;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import dev.nicepick.testsupport.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

/** topics-service refuses hostile and malformed input cleanly, and stores nothing of it. */
class TopicsRefusalTest extends RefusalContract {

    TopicsRefusalTest() {
        super("/api/topics");
    }

    @Override
    protected Optional<Api.Request> wrongMediaType() {
        return Optional.of(api().post("/api/topics", topic(unique("media"))).contentType("text/plain").bearer(editor()));
    }

    @Override
    protected Map<String, Api.Request> badRequests() {
        Map<String, Api.Request> matrix = new LinkedHashMap<>();
        matrix.put("malformed JSON", api().post("/api/topics", "{\"slug\": [").bearer(editor()));
        matrix.put("not an object", api().post("/api/topics", "[1, 2]").bearer(editor()));
        matrix.put("empty body", api().post("/api/topics", "").bearer(editor()));
        Map<String, Object> unknown = topic(unique("unknown"));
        unknown.put("colour", "blue");
        matrix.put("unknown field", api().post("/api/topics", unknown).bearer(editor()));
        Map<String, Object> wrongType = topic(unique("type"));
        wrongType.put("tags", Map.of("not", "a list"));
        wrongType.put("editorialPick", Map.of("option", "quarkus", "strength", List.of(1)));
        matrix.put("wrong types", api().post("/api/topics", wrongType).bearer(editor()));
        Map<String, Object> control = topic(unique("control"));
        control.put("title", "a\u0000b");
        matrix.put("NUL in a field", api().post("/api/topics", control).bearer(editor()));
        matrix.put("revision without If-Match", api().put("/api/topics/anything", topic("anything")).bearer(editor()));
        matrix.put("page not a number", api().get("/api/topics?page=abc"));
        matrix.put("size out of range", api().get("/api/topics?size=1000"));
        matrix.put("limit not a number", api().get("/api/topics/some-topic/related?limit=many"));
        matrix.put("search too long", api().get("/api/topics?q=" + "x".repeat(201)));
        return matrix;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"category", "tag", "q"})
    void aNulInASearchParameterIsRefusedNamingIt(String parameter) {
        RawHttp.Reply reply = new RawHttp(port).get("/api/topics?" + parameter + "=a%00b", Map.of());

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
        assertThat(reply.json().get("errors").get(0).get("rule").asString()).isEqualTo("NoControlCharacters");
    }

    @Test
    void brokenUtf8InAJsonStringIsRefusedNamingTheField() {
        String slug = unique("utf8");
        String json = Api.json(topic(slug)).replace("Quarkus vs Micronaut", "Quarkus \u00c0\u0080 vs \u00ff Micronaut");

        RawHttp.Reply reply = new RawHttp(port).send("POST", "/api/topics", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + editor()), json.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asString()).isEqualTo("title");
        assertThat(reply.json().get("errors").get(0).get("rule").asString()).isEqualTo("Utf8");
        assertThat(api().get("/api/topics/" + slug).bearer(editor()).send().status()).isEqualTo(404);
    }

    @Test
    void aPageThatIsNotANumberIsNamedInTheApisWords() {
        Response response = api().get("/api/topics?page=abc").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
    }

    private String editor() {
        return tokens().mint("editor-1", "editor");
    }
}
