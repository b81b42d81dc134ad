package dev.nicepick.topics;

import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.BiFunction;

import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write: anonymous callers get 401, callers without the editor role 403, and nothing changes: the draft
 * they aimed at keeps its version and status, and the topic they tried to create does not exist.
 */
class TopicAuthorizationTest extends ServiceIntegrationTest {

    private String slug;
    private String etag;
    private String refusedSlug;

    @BeforeEach
    void aDraftExists() {
        slug = unique("auth");
        etag = api().post("/api/topics", topic(slug)).bearer(editor()).send().header("ETag");
        refusedSlug = unique("auth-new");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"create", "revise", "publish", "archive"})
    void anonymousWritesAreUnauthorized(String write) {
        Response response = request(write).send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"create", "revise", "publish", "archive"})
    void forgedTokensAreUnauthorized(String write) {
        assertThat(request(write).bearer(Tokens.forged("editor-1", "editor")).send().status()).isEqualTo(401);
        assertUnchanged();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"create", "revise", "publish", "archive"})
    void writesWithoutTheEditorRoleAreForbidden(String write) {
        Response response = request(write).bearer(tokens().mint("reader-1", "reader", "moderator")).send();

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertUnchanged();
    }

    private Api.Request request(String write) {
        BiFunction<String, Object, Api.Request> post = (path, body) -> api().post(path, body);
        return switch (write) {
            case "create" -> post.apply("/api/topics", topic(refusedSlug));
            case "revise" -> api().put("/api/topics/" + slug, topic(slug)).header("If-Match", etag);
            case "publish" -> post.apply("/api/topics/" + slug + "/publish", null);
            case "archive" -> post.apply("/api/topics/" + slug + "/archive", null);
            default -> throw new IllegalArgumentException(write);
        };
    }

    private void assertUnchanged() {
        Response current = api().get("/api/topics/" + slug).bearer(editor()).send();
        assertThat(current.header("ETag")).isEqualTo(etag);
        assertThat(current.json().get("status").asString()).isEqualTo("draft");
        assertThat(api().get("/api/topics/" + refusedSlug).bearer(editor()).send().status())
                .as("a refused create stores no draft, not even one only editors see").isEqualTo(404);
    }

    private String editor() {
        return tokens().mint("editor-1", "editor");
    }
}
