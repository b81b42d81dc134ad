package dev.nicepick.feedback;

import dev.nicepick.events.Event;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.events.feedback.FeedbackWithdrawn;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader sees their own current vote (never cached, never another's) and withdraws it as the token would. */
class OwnVoteTest extends FeedbackTestBase {

    @Test
    void aReaderSeesTheirCurrentVoteAndNoOneElseDoes() {
        TopicState topic = publishedTopic();
        assertThat(asReader(api().get(minePath(topic.slug())), "reader-own-1").send().status()).isEqualTo(404);
        give(topic.slug(), "reader-own-1", body("agree", "rest")).send();
        String id = give(topic.slug(), "reader-own-1", body("disagree", "grpc")).send().json().get("id").asString();

        Response mine = asReader(api().get(minePath(topic.slug())), "reader-own-1").send();

        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("Cache-Control")).contains("no-store").contains("private");
        assertThat(mine.json().get("id").asString()).isEqualTo(id);
        assertThat(mine.json().get("stance").asString()).isEqualTo("disagree");
        assertThat(mine.json().get("preferredOption").asString()).isEqualTo("grpc");
        assertThat(mine.json().get("comment").asString()).isEqualTo("I use grpc every day.");
        assertThat(mine.json().get("status").asString()).isEqualTo("visible");
        assertThat(mine.json().get("createdAt").asString()).isNotBlank();
        assertThat(mine.body()).doesNotContain("reader@example.com");
        assertThat(asReader(api().get(minePath(topic.slug())), "reader-own-2").send().status()).isEqualTo(404);
        assertThat(api().get(minePath(topic.slug())).send().status()).as("no reader").isEqualTo(400);
    }

    @Test
    void withdrawingOnesOwnVoteMovesTheTallyAndIsPublishedAsTheTokenWould() {
        TopicState topic = publishedTopic();
        give(topic.slug(), "reader-own-3", body("disagree", "grpc")).send();
        give(topic.slug(), "reader-own-4", body("disagree", "grpc")).send();

        Response withdrawn = asReader(api().delete(minePath(topic.slug())), "reader-own-3").send();

        assertThat(withdrawn.status()).isEqualTo(204);
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(1);
        List<FeedbackEvent> events = events(topic.topicId(), 3);
        assertThat(events.getLast()).isInstanceOf(FeedbackWithdrawn.class);
        assertThat(events.getLast().tally()).isEqualTo(Map.of("rest", 0L, "grpc", 1L));
        assertThat(asReader(api().get(minePath(topic.slug())), "reader-own-3").send().status()).isEqualTo(404);
        assertThat(asReader(api().delete(minePath(topic.slug())), "reader-own-3").send().status()).as("nothing left").isEqualTo(404);
        assertThat(asReader(api().delete(minePath("no-such-topic")), "reader-own-3").send().status()).isEqualTo(404);
        assertThat(give(topic.slug(), "reader-own-3", body("disagree", "grpc")).send().status())
                .as("after withdrawing, the same vote counts again").isEqualTo(202);
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(2);
    }

    /**
     * The instant the lag is measured from: a vote's acceptedAt is its createdAt as the reader sees it, to the
     * microsecond; a withdrawal carries its own, later time. The CloudEvents time (written with the outbox row, in the
     * same transaction) agrees: never before the change it announces.
     */
    @Test
    void eachFeedbackEventCarriesTheInstantItsChangeWasStored() {
        TopicState topic = publishedTopic();
        give(topic.slug(), "reader-own-5", body("disagree", "grpc")).send();
        Instant createdAt = Instant.parse(asReader(api().get(minePath(topic.slug())), "reader-own-5").send().json()
                .get("createdAt").asString());

        assertThat(asReader(api().delete(minePath(topic.slug())), "reader-own-5").send().status()).isEqualTo(204);

        List<EventEnvelope<Event>> events = feedbackStream.await(r -> topic.topicId().toString().equals(r.key()), 2, DEADLINE)
                .stream().map(codec::fromRecord).toList();
        FeedbackEvent vote = (FeedbackEvent) events.getFirst().data();
        FeedbackEvent withdrawal = (FeedbackEvent) events.getLast().data();
        assertThat(vote).isInstanceOf(FeedbackAccepted.class);
        assertThat(vote.acceptedAt()).isEqualTo(createdAt);
        assertThat(withdrawal).isInstanceOf(FeedbackWithdrawn.class);
        assertThat(withdrawal.acceptedAt()).isAfter(createdAt);
        assertThat(events).allSatisfy(e -> assertThat(e.time()).isAfterOrEqualTo(((FeedbackEvent) e.data()).acceptedAt()));
    }
}
