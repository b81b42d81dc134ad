package dev.nicepick.verdicts.recompute;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.verdicts.keeper.TopicInputs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a recompute as a distributed system: sends one command per topic on a partitioned stream that every
 * replica reads as one consumer group ({@link RecomputeCommandListener}), waits until the shared database
 * shows every topic done, and reports who did what.
 */
@Component
class DistributedRecompute {

    private static final Duration DEADLINE = Duration.ofMinutes(5);

    private final TopicInputs inputs;
    private final RecomputeItems items;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final String source;

    DistributedRecompute(TopicInputs inputs, RecomputeItems items, KafkaTemplate<String, byte[]> kafka, EventCodec codec,
                         @Value("/${spring.application.name}") String source) {
        this.inputs = inputs;
        this.items = items;
        this.kafka = kafka;
        this.codec = codec;
        this.source = source;
    }

    /** @throws TimeoutException when the replicas have not done every topic within five minutes */
    RecomputeReport run() throws Exception {
        List<UUID> topics = inputs.allTopicIds();
        UUID runId = UUID.randomUUID();
        long started = System.nanoTime();
        CompletableFuture.allOf(topics.stream().map(topicId -> kafka.send(codec.toRecord(new EventEnvelope<>(
                UUID.randomUUID().toString(), EventType.RECOMPUTE_REQUESTED, source, Instant.now(),
                topicId.toString(), null, new RecomputeRequested(topicId, runId))))).toArray(CompletableFuture[]::new))
                .get(30, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plus(DEADLINE);
        while (items.countDone(runId) < topics.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException("Recompute run " + runId + " did not finish within " + DEADLINE);
            }
            Thread.sleep(20);
        }
        var byInstance = items.byInstance(runId);
        return RecomputeReport.of("distributed", topics.size(), started, byInstance.size(), byInstance);
    }
}
