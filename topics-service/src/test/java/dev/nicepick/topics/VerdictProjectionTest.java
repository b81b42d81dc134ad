package dev.nicepick.topics;

import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.VerdictIssued;
import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The latest verdict of each topic, from verdicts.v1, embedded in the topic: duplicates and late revisions change nothing. */
class VerdictProjectionTest extends ServiceIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final String GROUP = "topics-service.verdict-projection";

    private final EventCodec codec = new EventCodec();
    private KafkaProbe verdicts;
    private String slug;
    private UUID topicId;

    @BeforeEach
    void aPublishedTopic() {
        verdicts = new KafkaProbe(kafkaBootstrapServers(), Streams.VERDICTS);
        slug = unique("verdict");
        String editor = tokens().mint("editor-1", "editor");
        topicId = UUID.fromString(api().post("/api/topics", topic(slug)).bearer(editor).send().json().get("id").asString());
        api().post("/api/topics/" + slug + "/publish", null).bearer(editor).send();
    }

    @AfterEach
    void close() {
        verdicts.close();
    }

    @Test
    void theLatestVerdictIsEmbeddedInTheTopic() {
        String before = api().get("/api/topics/" + slug).send().header("ETag");

        verdicts.send(verdict(1, "quarkus", 0.93));

        JsonNode verdict = awaitRevision(1);
        assertThat(verdict.get("winner").asString()).isEqualTo("quarkus");
        assertThat(verdict.get("outcome").asString()).as("an event without an outcome means a winner").isEqualTo("winner");
        assertThat(verdict.has("headline")).isFalse();
        assertThat(verdict.get("probability").asDouble()).isEqualTo(0.93);
        assertThat(verdict.get("split").get("quarkus").asLong()).isEqualTo(7);
        assertThat(verdict.get("split").get("micronaut").asLong()).isEqualTo(3);
        assertThat(verdict.get("computedAt").asString()).isNotBlank();
        assertThat(api().get("/api/topics/" + slug).send().header("ETag")).as("a new verdict is a new representation")
                .isNotEqualTo(before);
    }

    @Test
    void theVerdictsOutcomeAndHeadlineAreShownAsIssued() {
        verdicts.send(verdict(1, "quarkus", 0.62, "too-close",
                "Too close to call: readers split 5 to 5. Our pick stays Quarkus until one side is 90% likely."));

        JsonNode verdict = awaitRevision(1);

        assertThat(verdict.get("outcome").asString()).isEqualTo("too-close");
        assertThat(verdict.get("headline").asString())
                .isEqualTo("Too close to call: readers split 5 to 5. Our pick stays Quarkus until one side is 90% likely.");
    }

    @Test
    void duplicateAndOlderRevisionsChangeNothing() {
        verdicts.send(verdict(2, "quarkus", 0.91));
        awaitRevision(2);

        verdicts.send(verdict(1, "micronaut", 0.55));
        RecordMetadata last = verdicts.send(verdict(2, "micronaut", 0.60));
        verdicts.awaitConsumed(GROUP, last, DEADLINE);

        JsonNode verdict = api().get("/api/topics/" + slug).send().json().get("verdict");
        assertThat(verdict.get("revision").asLong()).isEqualTo(2);
        assertThat(verdict.get("winner").asString()).isEqualTo("quarkus");
        assertThat(verdict.get("probability").asDouble()).isEqualTo(0.91);
    }

    @Test
    void aRevisionAVoteMadeRecordsOneVoteToPageSampleWhenAppliedAndNoneWhenRepeated() {
        Instant acceptedAt = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MICROS);
        String window = "/api/lab/lag?from=" + acceptedAt + "&to=" + acceptedAt.plusMillis(1);

        verdicts.send(verdict(1, "quarkus", 0.9, null, null, acceptedAt));
        awaitRevision(1);
        JsonNode lag = await().atMost(DEADLINE).until(() -> api().get(window).send().json(), l -> l.get("count").asLong() > 0);
        RecordMetadata repeated = verdicts.send(verdict(1, "quarkus", 0.9, null, null, acceptedAt));
        verdicts.awaitConsumed(GROUP, repeated, DEADLINE);

        assertThat(lag.get("hop").asString()).isEqualTo("vote-to-page");
        assertThat(lag.get("count").asLong()).isEqualTo(1);
        assertThat(lag.get("maxMs").asLong()).isNotNegative();
        assertThat(api().get(window).send().json().get("count").asLong()).as("a repeated revision is not shown anew").isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheNextRecordIsApplied() {
        try (KafkaProbe deadLetters = new KafkaProbe(kafkaBootstrapServers(), Streams.deadLetter(Streams.VERDICTS))) {
            ProducerRecord<String, byte[]> unknownType = verdict(1, "quarkus", 0.9);
            unknownType.headers().remove(CloudEventHeaders.TYPE);
            unknownType.headers().add(CloudEventHeaders.TYPE, "dev.nicepick.verdict.reconsidered.v9".getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, byte[]> unreadable = new ProducerRecord<>(Streams.VERDICTS, null, topicId.toString(),
                    "{not json".getBytes(StandardCharsets.UTF_8), verdict(1, "quarkus", 0.9).headers());

            verdicts.send(unknownType);
            verdicts.send(unreadable);
            verdicts.send(verdict(3, "micronaut", 0.95));

            assertThat(deadLetters.await(r -> topicId.toString().equals(r.key()), 2, DEADLINE))
                    .extracting(r -> CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE))
                    .containsExactly("dev.nicepick.verdict.reconsidered.v9", EventType.VERDICT_ISSUED.ceType());
            assertThat(awaitRevision(3).get("winner").asString()).isEqualTo("micronaut");
        }
    }

    private JsonNode awaitRevision(long revision) {
        return await().atMost(DEADLINE).until(() -> api().get("/api/topics/" + slug).send().json().get("verdict"),
                v -> v != null && v.get("revision").asLong() == revision);
    }

    private ProducerRecord<String, byte[]> verdict(long revision, String winner, double probability) {
        return verdict(revision, winner, probability, null, null);
    }

    private ProducerRecord<String, byte[]> verdict(long revision, String winner, double probability, String outcome,
                                                   String headline) {
        return verdict(revision, winner, probability, outcome, headline, null);
    }

    private ProducerRecord<String, byte[]> verdict(long revision, String winner, double probability, String outcome,
                                                   String headline, Instant feedbackAcceptedAt) {
        VerdictIssued issued = new VerdictIssued(topicId, slug, revision, winner, probability,
                Map.of("quarkus", 7L, "micronaut", 3L), "quarkus", !winner.equals("quarkus"), "test",
                List.of(new VerdictIssued.UseIf("quarkus", "Use Quarkus if you want native images.")),
                "Quarkus wins.", Instant.now(), outcome, headline, null, feedbackAcceptedAt);
        return codec.toRecord(new EventEnvelope<>(UUID.randomUUID().toString(), EventType.VERDICT_ISSUED,
                "/verdict-service", Instant.now(), topicId.toString(), "test-" + revision, issued));
    }
}
