package dev.nicepick.feedback;

import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.events.feedback.FeedbackHidden;
import dev.nicepick.events.feedback.FeedbackRestored;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackModerationTest extends FeedbackTestBase {

    private String moderator() {
        return tokens().mint("moderator-1", "moderator");
    }

    @Test
    void hidingAndRestoringMoveTheTally() {
        TopicState topic = publishedTopic();
        String id = give(topic.slug(), "reader-mod-1", body("disagree", "grpc")).send().json().get("id").asString();
        give(topic.slug(), "reader-mod-2", body("disagree", "grpc")).send();

        Response hidden = api().post("/api/feedback/" + id + "/hide", Map.of("reason", "off-topic")).bearer(moderator()).send();
        assertThat(hidden.status()).isEqualTo(200);
        assertThat(hidden.json().get("status").asString()).isEqualTo("hidden");
        assertThat(hidden.json().get("moderationReason").asString()).isEqualTo("off-topic");
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(1);
        assertThat(api().post("/api/feedback/" + id + "/hide", Map.of("reason", "again")).bearer(moderator()).send().status()).isEqualTo(409);

        assertThat(api().post("/api/feedback/" + id + "/restore", Map.of("reason", "on reflection fine")).bearer(moderator()).send()
                .status()).isEqualTo(200);
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(2);

        List<FeedbackEvent> events = events(topic.topicId(), 4);
        assertThat(events.get(2)).isInstanceOf(FeedbackHidden.class);
        assertThat(events.get(2).tally()).isEqualTo(Map.of("rest", 0L, "grpc", 1L));
        assertThat(events.get(3)).isInstanceOf(FeedbackRestored.class);
        assertThat(events.get(3).tally()).isEqualTo(Map.of("rest", 0L, "grpc", 2L));
    }

    @Test
    void moderatorsSeeFeedbackWithReplyAddressesAndFilterIt() {
        TopicState topic = publishedTopic();
        give(topic.slug(), "reader-mod-3", body("disagree", "grpc")).send();

        Response list = api().get("/api/feedback?topic=" + topic.slug() + "&status=visible").bearer(moderator()).send();

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(list.json().get("items").get(0).get("email").asString()).isEqualTo("reader@example.com");
        assertThat(api().get("/api/feedback?topic=" + topic.slug() + "&status=hidden").bearer(moderator()).send().json().get("items")).isEmpty();
        assertThat(api().get("/api/feedback?status=lost").bearer(moderator()).send().status()).isEqualTo(400);
    }

    @Test
    void onlyModeratorsModerateAndAReasonIsRequired() {
        TopicState topic = publishedTopic();
        String id = give(topic.slug(), "reader-mod-4", body("disagree", "grpc")).send().json().get("id").asString();

        assertThat(api().get("/api/feedback").send().status()).isEqualTo(401);
        assertThat(api().get("/api/feedback").bearer(tokens().mint("editor-1", "editor")).send().status()).isEqualTo(403);
        assertThat(api().post("/api/feedback/" + id + "/hide", Map.of("reason", "x")).send().status()).isEqualTo(401);
        assertThat(api().post("/api/feedback/" + id + "/hide", Map.of("reason", "x")).bearer(tokens().mint("r", "reader")).send()
                .status()).isEqualTo(403);
        Response noReason = api().post("/api/feedback/" + id + "/hide", Map.of("reason", "")).bearer(moderator()).send();
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(summary(topic.slug()).get("total").asLong()).isEqualTo(1);
    }
}
