package dev.nicepick.messaging.consumer;

import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.messaging.MessagingTest;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static dev.nicepick.messaging.TestEvents.DEADLINE;
import static dev.nicepick.messaging.TestEvents.kafka;
import static dev.nicepick.messaging.TestEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operators read of a service's consumers: lag from the broker, and records parked on dead-letter topics. */
@MessagingTest
class ConsumerMetricsTest {

    private static final String GROUP = "messaging-test.recording";
    private static final String DEAD_LETTERS = Streams.deadLetter(Streams.VERDICT_COMMANDS);

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aListenedStreamsDeadLetterSeriesExistsFromStartAndCountsEachParkedRecord() {
        assertThat(meters.find("nicepick.kafka.dead.letter.records").tag("topic", DEAD_LETTERS).counter())
                .as("present before any record was parked").isNotNull();
        assertThat(meters.find("nicepick.kafka.dead.letter.records").tag("topic", Streams.deadLetter(Streams.FEEDBACK)).counter())
                .as("no listener here reads feedback").isNull();
        double before = parked();
        UUID topic = UUID.randomUUID();

        try (KafkaProbe commands = new KafkaProbe(kafka(), Streams.VERDICT_COMMANDS)) {
            ProducerRecord<String, byte[]> valid = record(new RecomputeRequested(topic, UUID.randomUUID()), "req-dlt");
            commands.sendAll(List.of(
                    new ProducerRecord<>(Streams.VERDICT_COMMANDS, null, topic.toString(), "{not json".getBytes(StandardCharsets.UTF_8),
                            valid.headers()),
                    new ProducerRecord<>(Streams.VERDICT_COMMANDS, null, topic.toString(), "[]".getBytes(StandardCharsets.UTF_8),
                            valid.headers())));
        }

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(parked()).isEqualTo(before + 2));
    }

    @Test
    void aStuckConsumerShowsItsLagPerPartitionUntilItCatchesUp() {
        MessageListenerContainer container = listeners.getListenerContainer("recording");
        container.pause();
        try (KafkaProbe commands = new KafkaProbe(kafka(), Streams.VERDICT_COMMANDS)) {
            await().atMost(DEADLINE).until(container::isContainerPaused);
            UUID topic = UUID.randomUUID();
            commands.sendAll(List.of(
                    record(new RecomputeRequested(topic, UUID.randomUUID()), "req-lag-1"),
                    record(new RecomputeRequested(topic, UUID.randomUUID()), "req-lag-2"),
                    record(new RecomputeRequested(topic, UUID.randomUUID()), "req-lag-3")));

            await().atMost(DEADLINE).untilAsserted(() -> assertThat(lag()).isGreaterThanOrEqualTo(3));
            assertThat(meters.find("nicepick.kafka.consumer.lag").tag("group", GROUP).gauges())
                    .as("one series per partition of the stream").extracting(gauge -> gauge.getId().getTag("partition"))
                    .doesNotHaveDuplicates().hasSizeGreaterThan(1);
        } finally {
            container.resume();
        }
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(lag()).isZero());
    }

    private double parked() {
        return meters.get("nicepick.kafka.dead.letter.records").tag("topic", DEAD_LETTERS).counter().count();
    }

    /** @return the group's lag on the commands stream, over its partitions */
    private double lag() {
        return meters.find("nicepick.kafka.consumer.lag").tag("group", GROUP).tag("topic", Streams.VERDICT_COMMANDS)
                .gauges().stream().mapToDouble(Gauge::value).sum();
    }
}
