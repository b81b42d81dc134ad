package dev.nicepick.verdicts;

import dev.nicepick.events.topics.TopicState;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof that the lag figures are real: feedback events with known acceptance instants yield samples equal
 * to each resulting revision's computedAt − acceptedAt (as the history shows them), and GET /api/lab/lag and
 * /actuator/prometheus count exactly those.
 */
class VoteToVerdictLagTest extends VerdictServiceTestBase {

    private static final Pattern PROMETHEUS_LINE = Pattern.compile(
            "^nicepick_propagation_lag_seconds_(count|bucket)\\{([^}]*)} (\\S+)$", Pattern.MULTILINE);

    @Test
    void votesWithKnownAcceptanceInstantsYieldTheLagBetweenThemAndTheirRevisions() {
        String slug = unique("lag");
        TopicState topic = publishTopic(slug);
        awaitVerdict(slug, v -> v.get("revision").asLong() == 1);
        Map<String, Double> prometheusBefore = prometheus();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<Long, Instant> acceptedAt = Map.of(1L, now.minusSeconds(2), 2L, now.minusSeconds(1), 3L, now.minusMillis(300));

        sendTally(topic.topicId(), 1, 1, 2, acceptedAt.get(1L));
        sendTally(topic.topicId(), 2, 1, 3, acceptedAt.get(2L));
        sendTally(topic.topicId(), 3, 1, 4, acceptedAt.get(3L));
        awaitVerdict(slug, v -> v.get("revision").asLong() == 4);
        RecordMetadata repeated = sendTally(topic.topicId(), 2, 1, 3, now.minusMillis(500));
        feedbackStream.awaitConsumed(FEEDBACK_GROUP, repeated, DEADLINE);

        // each revision a tally made, by the tally's sequence: its computedAt − that tally's acceptedAt
        List<Long> lagsUs = new ArrayList<>();
        for (JsonNode revision : api().get("/api/verdicts/" + slug + "/history").send().json().get("items")) {
            long sequence = revision.get("inputs").get("tallySequence").asLong();
            if (sequence > 0) {
                lagsUs.add(ChronoUnit.MICROS.between(acceptedAt.get(sequence), Instant.parse(revision.get("computedAt").asString())));
            }
        }
        assertThat(lagsUs).hasSize(3).allSatisfy(lag -> assertThat(lag).isNotNegative());
        List<Long> sortedMs = lagsUs.stream().map(us -> Math.floorDiv(us, 1000L)).sorted().toList();

        JsonNode lag = api().get("/api/lab/lag?from=" + now.minusSeconds(3) + "&to=" + now).send().json();

        assertThat(lag.get("hop").asString()).isEqualTo("vote-to-verdict");
        assertThat(lag.get("count").asLong()).as("the repeated tally made no revision and no sample").isEqualTo(3);
        assertThat(lag.get("p50Ms").asLong()).as("nearest rank 2 of 3").isEqualTo(sortedMs.get(1));
        assertThat(lag.get("p95Ms").asLong()).isEqualTo(sortedMs.get(2));
        assertThat(lag.get("p99Ms").asLong()).isEqualTo(sortedMs.get(2));
        assertThat(lag.get("maxMs").asLong()).isEqualTo(sortedMs.get(2));
        for (JsonNode bucket : lag.get("histogram")) {
            long from = bucket.get("fromMs").asLong();
            long to = bucket.get("toMs").isNull() ? Long.MAX_VALUE : bucket.get("toMs").asLong();
            assertThat(bucket.get("count").asLong()).as("bucket from %d ms", from)
                    .isEqualTo(sortedMs.stream().filter(ms -> ms >= from && ms < to).count());
        }

        // the same samples in the timer: count, and every cumulative bucket (le in seconds, inclusive)
        Map<String, Double> prometheusAfter = await().atMost(DEADLINE).until(this::prometheus,
                p -> p.getOrDefault("count", 0.0) - prometheusBefore.getOrDefault("count", 0.0) == 3);
        assertThat(prometheusAfter.keySet()).anyMatch(key -> key.startsWith("le="));
        prometheusAfter.forEach((key, value) -> {
            if (key.startsWith("le=")) {
                double le = key.equals("le=+Inf") ? Double.MAX_VALUE : Double.parseDouble(key.substring(3));
                long expected = lagsUs.stream().filter(us -> us / 1e6 <= le).count();
                assertThat(value - prometheusBefore.getOrDefault(key, 0.0)).as(key).isEqualTo(expected);
            }
        });
    }

    /** The vote-to-verdict timer's lines: "count" and "le=<seconds>" for each bucket. */
    private Map<String, Double> prometheus() {
        String body = api().get("/actuator/prometheus").send().body();
        Map<String, Double> values = new HashMap<>();
        Matcher line = PROMETHEUS_LINE.matcher(body);
        while (line.find()) {
            if (!line.group(2).contains("hop=\"vote-to-verdict\"")) {
                continue;
            }
            Matcher le = Pattern.compile("le=\"([^\"]+)\"").matcher(line.group(2));
            values.put(line.group(1).equals("count") ? "count" : le.find() ? "le=" + le.group(1) : "?",
                    Double.parseDouble(line.group(3)));
        }
        return values;
    }
}
