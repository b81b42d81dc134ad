package dev.nicepick.feedback;

import dev.nicepick.testsupport.RefusalContract;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.nicepick.feedback.FeedbackTestBase.asReader;
import static dev.nicepick.feedback.FeedbackTestBase.body;
import static org.assertj.core.api.Assertions.assertThat;

/** feedback-service refuses hostile and malformed input cleanly, in the API's own words. */
class FeedbackRefusalTest extends RefusalContract {

    private static final String GIVE = "/api/topics/some-topic/feedback";

    FeedbackRefusalTest() {
        super("/api/topics/no-such-topic/feedback/summary");
    }

    @Override
    protected Optional<Api.Request> wrongMediaType() {
        return Optional.of(asReader(api().post(GIVE, body("agree", "rest")), "reader-media-1").contentType("text/plain"));
    }

    @Override
    protected Map<String, Api.Request> badRequests() {
        Map<String, Api.Request> matrix = new LinkedHashMap<>();
        matrix.put("malformed JSON", give("{\"stance\": \"agree\",,}"));
        matrix.put("not an object", give("\"agree\""));
        matrix.put("empty body", give(""));
        Map<String, Object> unknown = body("agree", "rest");
        unknown.put("mood", "angry");
        matrix.put("unknown field", give(unknown));
        Map<String, Object> wrongTypes = body("agree", "rest");
        wrongTypes.put("stance", 42);
        wrongTypes.put("comment", Map.of("text", "nested"));
        matrix.put("wrong types", give(wrongTypes));
        Map<String, Object> control = body("agree", "rest");
        control.put("comment", "nul \u0000 here");
        matrix.put("NUL in a field", give(control));
        matrix.put("no reader", api().post(GIVE, body("agree", "rest")));
        matrix.put("bad idempotency key", give(body("agree", "rest")).header("Idempotency-Key", "no spaces allowed"));
        matrix.put("withdraw id not a UUID", api().delete("/api/feedback/not-a-uuid"));
        matrix.put("withdraw without token", api().delete("/api/feedback/" + UUID.randomUUID()));
        matrix.put("moderator page not a number", api().get("/api/feedback?page=abc").bearer(moderator()));
        matrix.put("moderator status unknown", api().get("/api/feedback?status=gone").bearer(moderator()));
        matrix.put("hide without a body", api().post("/api/feedback/" + UUID.randomUUID() + "/hide", "").bearer(moderator()));
        matrix.put("hide with a wrong type", api().post("/api/feedback/" + UUID.randomUUID() + "/hide", Map.of("reason", 5))
                .bearer(moderator()));
        return matrix;
    }

    @Test
    void anUnknownFieldIsNamedWithoutTheRequestsJavaType() {
        Map<String, Object> unknown = body("agree", "rest");
        unknown.put("mood", "angry");

        Response response = give(unknown).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asString()).isEqualTo("mood: is not a field of this request");
        assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("UnknownField");
    }

    @Test
    void aWrongJsonTypeIsNamedInTheApisWords() {
        Map<String, Object> wrongType = body("agree", "rest");
        wrongType.put("stance", 42);

        Response response = give(wrongType).send();

        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("stance");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a string");
    }

    @Test
    void aMissingWithdrawTokenOrABadIdIsNamed() {
        Response badId = api().delete("/api/feedback/not-a-uuid").send();

        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("id");
        assertThat(badId.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a UUID");
    }

    private Api.Request give(Object body) {
        return asReader(api().post(GIVE, body), "reader-refused-1");
    }

    private String moderator() {
        return tokens().mint("moderator-1", "moderator");
    }
}
