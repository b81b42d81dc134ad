package dev.nicepick.feedback;

import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.events.verdicts.VerdictIssued;
import dev.nicepick.testsupport.http.Api.Response;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14: a vote cannot say two things at once. For alternatives, agree is a vote for the pick in force (the
 * editorial pick until a verdict names a winner); for complementary comparisons the reader names what matters more.
 * A vote equal to the reader's current one changes nothing and is not counted against the limit.
 */
class VoteConsistencyTest extends FeedbackTestBase {

    private static final String VERDICT_GROUP = "feedback-service.verdicts";

    private final KafkaProbe verdictStream = probe(Streams.VERDICTS);

    @Test
    void agreeingIsAVoteForThePickWithOrWithoutNamingIt() {
        TopicState topic = publishedTopic();

        assertThat(give(topic.slug(), "reader-agree-1", body("agree", "rest")).send().status()).isEqualTo(202);
        assertThat(give(topic.slug(), "reader-agree-2", without(body("agree", null), "preferredOption")).send().status()).isEqualTo(202);

        assertThat(summary(topic.slug()).get("votes").get("rest").asLong()).isEqualTo(2);
        assertThat(mine(topic, "reader-agree-2").get("preferredOption").asString()).isEqualTo("rest");
    }

    @Test
    void aVoteThatNamesOnlyAnOptionTakesItsStanceFromThePickInForce() {
        TopicState topic = publishedTopic();

        assertThat(give(topic.slug(), "reader-only-1", without(body(null, "rest"), "stance")).send().status()).isEqualTo(202);
        assertThat(give(topic.slug(), "reader-only-2", without(body(null, "grpc"), "stance")).send().status()).isEqualTo(202);

        assertThat(mine(topic, "reader-only-1").get("stance").asString()).isEqualTo("agree");
        assertThat(mine(topic, "reader-only-2").get("stance").asString()).isEqualTo("disagree");
        assertThat(summary(topic.slug()).get("total").asLong()).isEqualTo(2);
    }

    @Test
    void aVoteThatContradictsItselfIsRefusedAndChangesNothing() {
        TopicState topic = publishedTopic();

        assertContradiction(give(topic.slug(), "reader-contra-1", body("agree", "grpc")).send(), "'rest'");
        assertContradiction(give(topic.slug(), "reader-contra-1", body("disagree", "rest")).send(), "'rest'");

        assertThat(summary(topic.slug()).get("total").asLong()).isZero();
        assertThat(asReader(api().get(minePath(topic.slug())), "reader-contra-1").send().status()).isEqualTo(404);
        assertThat(events(topic.topicId(), 0)).as("nothing published").isEmpty();
    }

    @Test
    void onceAVerdictNamesAnotherWinnerAgreeMeansThatWinnerAndOlderRevisionsChangeNothing() {
        TopicState topic = publishedTopic();

        verdict(topic, 2, "grpc");
        // a disagreement naming the pick in force is refused, and changes nothing: safe to repeat until it holds
        await().atMost(DEADLINE).until(() -> give(topic.slug(), "reader-flip-0", body("disagree", "grpc")).send().status() == 422);
        RecordMetadata late = verdict(topic, 1, "rest");
        verdictStream.awaitConsumed(VERDICT_GROUP, late, DEADLINE);

        assertThat(give(topic.slug(), "reader-flip-1", without(body("agree", null), "preferredOption")).send().status()).isEqualTo(202);
        assertThat(mine(topic, "reader-flip-1").get("preferredOption").asString()).isEqualTo("grpc");
        assertContradiction(give(topic.slug(), "reader-flip-2", body("agree", "rest")).send(), "'grpc'");
        assertThat(give(topic.slug(), "reader-flip-2", body("disagree", "rest")).send().status()).isEqualTo(202);
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(1);
        assertThat(summary(topic.slug()).get("votes").get("rest").asLong()).isEqualTo(1);
    }

    @Test
    void aComplementaryComparisonHasNoPickToDisagreeWithSoAVoteWithOrWithoutAgreeIsTheSame() {
        TopicState topic = publishedComplementaryTopic();

        Response disagree = give(topic.slug(), "reader-comp-d", body("disagree", "rest")).send();
        assertThat(disagree.status()).as(disagree.body()).isEqualTo(422);
        assertThat(disagree.header("Content-Type")).startsWith("application/problem+json");
        assertThat(disagree.json().at("/errors/0/field").asString()).isEqualTo("stance");
        assertThat(disagree.json().get("detail").asString()).as("a sentence").matches("[A-Z].*\\.");
        assertThat(asReader(api().get(minePath(topic.slug())), "reader-comp-d").send().status()).isEqualTo(404);

        assertThat(give(topic.slug(), "reader-comp-d", body("agree", "rest")).send().status()).isEqualTo(202);
        Response same = give(topic.slug(), "reader-comp-d", without(body(null, "rest"), "stance")).send();
        assertThat(same.status()).as(same.body()).isEqualTo(200);
        assertThat(same.json().get("status").asString()).isEqualTo("unchanged");
        assertThat(summary(topic.slug()).get("votes").get("rest").asLong()).isEqualTo(1);
    }

    @Test
    void aComplementaryComparisonNeedsTheOptionThatMattersMoreAndNoStance() {
        TopicState topic = publishedComplementaryTopic();

        Response noOption = give(topic.slug(), "reader-comp-1", without(body("agree", null), "preferredOption")).send();
        assertThat(noOption.status()).isEqualTo(400);
        assertThat(noOption.json().at("/errors/0/field").asString()).isEqualTo("preferredOption");

        assertThat(give(topic.slug(), "reader-comp-1", without(body(null, "grpc"), "stance")).send().status()).isEqualTo(202);
        assertThat(mine(topic, "reader-comp-1").get("stance").asString()).isEqualTo("agree");
        assertThat(give(topic.slug(), "reader-comp-2", body("agree", "grpc")).send().status()).isEqualTo(202);
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(2);
    }

    @Test
    void aRepeatOfTheCurrentVoteIsUnchangedNotCountedAgainstTheLimitAndNotPublished() {
        TopicState topic = publishedTopic();
        String reader = "reader-repeat-1";
        String last = null;
        for (int i = 0; i < 5; i++) {
            Response accepted = give(topic.slug(), reader, i % 2 == 0 ? body("agree", "rest") : body("disagree", "grpc")).send();
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            last = accepted.json().get("id").asString();
        }

        Response sixth = give(topic.slug(), reader, body("agree", "rest")).send();

        assertThat(sixth.status()).as(sixth.body()).isEqualTo(200);
        assertThat(sixth.json().get("status").asString()).isEqualTo("unchanged");
        assertThat(sixth.json().get("id").asString()).isEqualTo(last);
        assertThat(summary(topic.slug()).get("total").asLong()).isEqualTo(1);
        // the limit is reached by the five accepted votes: a different sixth is refused
        assertThat(give(topic.slug(), reader, body("disagree", "grpc")).send().status()).isEqualTo(429);
        await().atMost(DEADLINE).until(() -> pendingEvents(topic) == 0);
        assertThat(feedbackStream.readToEnd(DEADLINE)).filteredOn(r -> topic.topicId().toString().equals(r.key())).hasSize(5);
        assertThat(events(topic.topicId(), 5)).extracting(FeedbackEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    private void assertContradiction(Response response, String naming) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("preferredOption");
        String detail = response.json().get("detail").asString();
        assertThat(detail).as("a sentence naming the pick in force").matches("[A-Z].*\\.").contains(naming)
                .contains("the current pick").doesNotContain("our pick");
    }

    private JsonNode mine(TopicState topic, String reader) {
        Response response = asReader(api().get(minePath(topic.slug())), reader).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private RecordMetadata verdict(TopicState topic, long revision, String winner) {
        VerdictIssued verdict = new VerdictIssued(topic.topicId(), topic.slug(), revision, winner, 0.95,
                Map.of("rest", 1L, "grpc", 20L), "rest", !winner.equals("rest"), "test", List.of(), winner + " wins.",
                Instant.now(), "winner", null, null, null);
        return verdictStream.send(codec.toRecord(new EventEnvelope<>(UUID.randomUUID().toString(),
                EventType.VERDICT_ISSUED, "/test", Instant.now(), topic.topicId().toString(), null, verdict)));
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }
}
