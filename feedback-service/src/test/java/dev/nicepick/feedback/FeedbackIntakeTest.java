package dev.nicepick.feedback;

import dev.nicepick.events.EventType;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.events.feedback.FeedbackWithdrawn;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FeedbackIntakeTest extends FeedbackTestBase {

    @Test
    void feedbackIsAcceptedCountedAndAnnouncedWithTheWholeTally() {
        TopicState topic = publishedTopic();

        Response response = give(topic.slug(), "reader-0001", body("disagree", "grpc")).send();

        assertThat(response.status()).isEqualTo(202);
        String id = response.json().get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/feedback/" + id);
        assertThat(response.json().get("withdrawToken").asString()).hasSizeGreaterThan(20);
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(1);

        var record = feedbackStream.await(r -> topic.topicId().toString().equals(r.key()), 1, DEADLINE).getFirst();
        FeedbackAccepted event = (FeedbackAccepted) decode(record);
        assertThat(event.feedbackId().toString()).isEqualTo(id);
        assertThat(event.tally()).isEqualTo(Map.of("rest", 0L, "grpc", 1L));
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("reader@example.com", "reader-0001");
    }

    @Test
    void aReaderVotingTwiceCountsOnceTheLatest() {
        TopicState topic = publishedTopic();

        give(topic.slug(), "reader-0002", body("disagree", "grpc")).send();
        give(topic.slug(), "reader-0002", body("agree", "rest")).send();
        give(topic.slug(), "reader-0003", body("disagree", "grpc")).send();

        var summary = summary(topic.slug());
        assertThat(summary.get("total").asLong()).isEqualTo(2);
        assertThat(summary.get("votes").get("rest").asLong()).isEqualTo(1);
        assertThat(summary.get("votes").get("grpc").asLong()).isEqualTo(1);
        assertThat(events(topic.topicId(), 3)).extracting(FeedbackEvent::sequence, FeedbackEvent::tally).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, Map.of("rest", 0L, "grpc", 1L)),
                org.assertj.core.groups.Tuple.tuple(2L, Map.of("rest", 1L, "grpc", 0L)),
                org.assertj.core.groups.Tuple.tuple(3L, Map.of("rest", 1L, "grpc", 1L)));
    }

    @Test
    void theSameIdempotencyKeyAndBodyGetsTheFirstAnswerAndStoresNothingNew() {
        TopicState topic = publishedTopic();
        Map<String, Object> body = body("disagree", "grpc");

        Response first = give(topic.slug(), "reader-0004", body).header("Idempotency-Key", "key-00000001").send();
        Response repeat = give(topic.slug(), "reader-0004", body).header("Idempotency-Key", "key-00000001").send();

        assertThat(repeat.status()).isEqualTo(202);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(summary(topic.slug()).get("total").asLong()).isEqualTo(1);

        Map<String, Object> other = body("agree", "rest");
        Response conflicting = give(topic.slug(), "reader-0004", other).header("Idempotency-Key", "key-00000001").send();
        assertThat(conflicting.status()).isEqualTo(422);
        assertThat(conflicting.header("Content-Type")).startsWith("application/problem+json");
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(1);
        // the relay sends after the 202: once nothing of this topic waits in the outbox, Kafka has all it will get
        await().atMost(DEADLINE).until(() -> pendingEvents(topic) == 0);
        assertThat(feedbackStream.readToEnd(DEADLINE)).filteredOn(r -> topic.topicId().toString().equals(r.key())).hasSize(1);
    }

    @Test
    void aReaderWithdrawsWithTheirTokenAndTheTallyDrops() {
        TopicState topic = publishedTopic();
        Response given = give(topic.slug(), "reader-0005", body("disagree", "grpc")).send();
        String id = given.json().get("id").asString();
        String token = given.json().get("withdrawToken").asString();

        assertThat(api().delete("/api/feedback/" + id).header("X-Withdraw-Token", "not-the-token").send().status()).isEqualTo(403);
        assertThat(api().delete("/api/feedback/" + id).send().status()).isEqualTo(403);
        assertThat(summary(topic.slug()).get("total").asLong()).isEqualTo(1);

        assertThat(api().delete("/api/feedback/" + id).header("X-Withdraw-Token", token).send().status()).isEqualTo(204);

        assertThat(summary(topic.slug()).get("total").asLong()).isZero();
        List<FeedbackEvent> events = events(topic.topicId(), 2);
        assertThat(events.getLast()).isInstanceOf(FeedbackWithdrawn.class);
        assertThat(events.getLast().tally()).isEqualTo(Map.of("rest", 0L, "grpc", 0L));
        assertThat(api().delete("/api/feedback/" + java.util.UUID.randomUUID()).header("X-Withdraw-Token", token).send().status())
                .isEqualTo(404);
    }

    @Test
    void onlyPublishedTopicsAndTheirOptionsTakeFeedback() {
        TopicState topic = publishedTopic();

        assertThat(give("no-such-topic", "reader-0006", body("agree", "rest")).send().status()).isEqualTo(404);
        Response unknownOption = give(topic.slug(), "reader-0006", body("disagree", "soap")).send();
        assertThat(unknownOption.status()).isEqualTo(400);
        assertThat(unknownOption.json().get("errors").get(0).get("field").asString()).isEqualTo("preferredOption");

        send(new TopicArchived(topic.topicId(), topic.slug(), 3), EventType.TOPIC_ARCHIVED);
        await().atMost(DEADLINE).until(() -> give(topic.slug(), "reader-0006", body("agree", "rest")).send().status() == 409);
        assertThat(summary(topic.slug()).get("total").asLong()).isZero();
    }
}
