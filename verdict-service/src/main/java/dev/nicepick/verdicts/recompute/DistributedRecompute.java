package dev.nicepick.verdicts.recompute;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.verdicts.VerdictSettings;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A distributed system: one command per topic on a partitioned stream that every replica reads as one
 * consumer group, so Kafka spreads the topics over the replicas. Each replica notes what it did in the
 * shared database; the replica that started the run waits for all of it and reports who did what.
 */
@Component
class DistributedRecompute {

    private static final Duration DEADLINE = Duration.ofMinutes(5);

    private final TopicInputs inputs;
    private final VerdictKeeper keeper;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final JdbcClient jdbc;
    private final VerdictSettings settings;

    DistributedRecompute(TopicInputs inputs, VerdictKeeper keeper, KafkaTemplate<String, byte[]> kafka, EventCodec codec,
                         JdbcClient jdbc, VerdictSettings settings) {
        this.inputs = inputs;
        this.keeper = keeper;
        this.kafka = kafka;
        this.codec = codec;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    RecomputeReport run() throws Exception {
        List<UUID> topics = inputs.allTopicIds();
        UUID runId = UUID.randomUUID();
        long started = System.nanoTime();
        CompletableFuture.allOf(topics.stream().map(topicId -> kafka.send(codec.toRecord(new EventEnvelope<>(
                UUID.randomUUID().toString(), EventType.RECOMPUTE_REQUESTED, "/verdict-service", Instant.now(),
                topicId.toString(), null, new RecomputeRequested(topicId, runId))))).toArray(CompletableFuture[]::new))
                .get(30, TimeUnit.SECONDS);
        Instant deadline = Instant.now().plus(DEADLINE);
        while (done(runId) < topics.size()) {
            if (Instant.now().isAfter(deadline)) {
                throw new TimeoutException("Recompute run " + runId + " did not finish within " + DEADLINE);
            }
            Thread.sleep(20);
        }
        Map<String, Integer> byInstance = new LinkedHashMap<>();
        jdbc.sql("select instance, count(*) as n from recompute_item where run_id = :run group by instance order by instance")
                .param("run", runId)
                .query((rs, n) -> byInstance.put(rs.getString("instance"), rs.getInt("n"))).list();
        return RecomputeReport.of("distributed", topics.size(), started, byInstance.size(), byInstance);
    }

    @KafkaListener(id = "recompute-commands", groupId = "verdict-service.recompute", topics = Streams.VERDICT_COMMANDS)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        RecomputeRequested command = (RecomputeRequested) codec.fromRecord(record).data();
        keeper.refresh(command.topicId());
        jdbc.sql("""
                        insert into recompute_item (run_id, topic_id, instance, done_at) values (:run, :topic, :instance, :at)
                        on conflict do nothing""")
                .param("run", command.runId())
                .param("topic", command.topicId())
                .param("instance", settings.instanceId())
                .param("at", Timestamp.from(Instant.now()))
                .update();
    }

    private int done(UUID runId) {
        return jdbc.sql("select count(*) from recompute_item where run_id = :run").param("run", runId).query(Integer.class).single();
    }
}
