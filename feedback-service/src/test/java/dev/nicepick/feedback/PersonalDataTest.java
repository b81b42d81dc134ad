package dev.nicepick.feedback;

import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader's e-mail is stored for a reply and shown to moderators only: never in public answers, events or logs. */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataTest extends FeedbackTestBase {

    private static final String EMAIL = "private.person@example.org";

    @Test
    void theEmailAppearsInNoPublicAnswerNoEventAndNoLogLine(CapturedOutput output) {
        TopicState topic = publishedTopic();
        Map<String, Object> body = body("disagree", "grpc");
        body.put("email", EMAIL);

        Response given = give(topic.slug(), "reader-private-1", body).header("X-Request-Id", "pii-check-0001").send();
        String id = given.json().get("id").asString();
        api().post("/api/feedback/" + id + "/hide", Map.of("reason", "check")).bearer(tokens().mint("m", "moderator")).send();
        api().post("/api/feedback/" + id + "/restore", Map.of("reason", "check")).bearer(tokens().mint("m", "moderator")).send();
        Response summary = api().get(summaryPath(topic.slug())).send();
        var records = feedbackStream.await(r -> topic.topicId().toString().equals(r.key()), 3, DEADLINE);

        assertThat(given.body()).doesNotContain(EMAIL);
        assertThat(summary.body()).doesNotContain(EMAIL).contains("I use grpc every day.");
        assertThat(records).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8)).doesNotContain(EMAIL));
        assertThat(output.getAll()).contains("p*****@example.org").doesNotContain(EMAIL);
    }
}
