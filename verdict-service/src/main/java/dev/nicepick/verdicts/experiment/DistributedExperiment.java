package dev.nicepick.verdicts.experiment;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.verdicts.ExperimentUnitRequested;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Scale out (a distributed system): one command per (topic, pass) on the recompute commands' stream, which every
 * running replica reads as one consumer group (one consumer thread each); each replica computes the units of its
 * partitions and notes each in the shared database, where this coordinator counts them.
 */
@Component
class DistributedExperiment {

    /** How often the coordinator looks at the count of units done. */
    private static final Duration POLL = Duration.ofMillis(20);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final Experiments experiments;
    private final String source;

    DistributedExperiment(KafkaTemplate<String, byte[]> kafka, EventCodec codec, Experiments experiments,
                          @Value("/${spring.application.name}") String source) {
        this.kafka = kafka;
        this.codec = codec;
        this.experiments = experiments;
        this.source = source;
    }

    /**
     * @return units computed per instance, once all {@code topics x passes} are noted
     * @throws TimeoutException when they are not all noted by {@code deadline}; replicas skip what is left
     */
    Map<String, Integer> run(UUID experimentId, List<UUID> topics, int passes, Deadline deadline)
            throws TimeoutException, InterruptedException, ExecutionException {
        List<CompletableFuture<?>> sent = new ArrayList<>(topics.size() * passes);
        for (int pass = 0; pass < passes; pass++) {
            for (UUID topicId : topics) {
                sent.add(kafka.send(command(new ExperimentUnitRequested(topicId, experimentId, pass, deadline.at()))));
            }
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        int units = topics.size() * passes;
        while (experiments.unitsDone(experimentId) < units) {
            if (deadline.remainingNanos() == 0) {
                throw new TimeoutException("Units left undone at the deadline");
            }
            Thread.sleep(POLL);
        }
        return experiments.unitsByInstance(experimentId);
    }

    /** Keyed by topic and pass, so the units spread over every partition however few topics there are. */
    private ProducerRecord<String, byte[]> command(ExperimentUnitRequested unit) {
        ProducerRecord<String, byte[]> record = codec.toRecord(new EventEnvelope<>(UUID.randomUUID().toString(),
                EventType.EXPERIMENT_UNIT_REQUESTED, source, Instant.now(), unit.topicId().toString(), null, unit));
        return new ProducerRecord<>(record.topic(), null, unit.topicId() + "/" + unit.pass(), record.value(), record.headers());
    }
}
