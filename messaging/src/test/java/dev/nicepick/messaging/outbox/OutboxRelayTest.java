package dev.nicepick.messaging.outbox;

import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.messaging.MessagingTest;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.nicepick.messaging.TestEvents.DEADLINE;
import static dev.nicepick.messaging.TestEvents.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay against a broker that refuses: the topics stream takes no record over 2 KB while a test says so,
 * which makes Kafka refuse a large event and accept the small ones around it.
 */
@MessagingTest
class OutboxRelayTest {

    private static final String LARGE = "x".repeat(8_000);
    private static final ConfigResource TOPICS = new ConfigResource(ConfigResource.Type.TOPIC, Streams.TOPICS);

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    OutboxProperties properties;

    private Admin admin;
    private KafkaProbe stream;

    @BeforeEach
    void kafkaRefusesLargeRecords() throws Exception {
        admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()));
        stream = new KafkaProbe(kafka(), Streams.TOPICS);
        alterLimit(AlterConfigOp.OpType.SET);
    }

    @AfterEach
    void restore() throws Exception {
        alterLimit(AlterConfigOp.OpType.DELETE);
        stream.close();
        admin.close();
    }

    @Test
    void afterARefusalTheLastCopyOfEachKeysEventsIsInTheOrderWritten() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        double failuresBefore = failures();

        List<UUID> written = transactions.execute(status -> List.of(
                outbox.append(new TopicArchived(a, "a1", 1)),
                outbox.append(new TopicArchived(b, "b1", 1)),
                outbox.append(new TopicArchived(a, LARGE, 2)),
                outbox.append(new TopicArchived(b, "b2", 2)),
                outbox.append(new TopicArchived(a, "a3", 3))));
        await().atMost(DEADLINE).until(() -> failures() > failuresBefore);
        alterLimit(AlterConfigOp.OpType.DELETE);
        await().atMost(DEADLINE).until(() -> waiting(a) + waiting(b) == 0);

        Map<String, List<String>> lastOccurrences = lastOccurrencesByKey(stream.readToEnd(DEADLINE));
        assertThat(lastOccurrences.get(a.toString())).containsExactly(ids(written, 0, 2, 4));
        assertThat(lastOccurrences.get(b.toString())).containsExactly(ids(written, 1, 3));
    }

    @Test
    void whileKafkaRefusesTheRelayBacksOffToItsLimitAndKeepsTheEventThenDeliversIt() throws Exception {
        UUID topic = UUID.randomUUID();

        UUID id = transactions.execute(status -> outbox.append(new TopicArchived(topic, LARGE, 1)));
        await().atMost(DEADLINE).until(() -> backoffMillis() == properties.maxBackoff().toMillis());
        assertThat(waiting(topic)).as("the refused event stays in the outbox").isEqualTo(1);

        alterLimit(AlterConfigOp.OpType.DELETE);

        ConsumerRecord<String, byte[]> delivered = stream.await(r -> topic.toString().equals(r.key()), 1, DEADLINE).getFirst();
        assertThat(CloudEventHeaders.text(delivered.headers(), CloudEventHeaders.ID)).isEqualTo(id.toString());
        await().atMost(DEADLINE).until(() -> waiting(topic) == 0 && backoffMillis() == 0);
    }

    @Test
    void whileKafkaRefusesTheBacklogAndTheAgeOfItsOldestRowGrowThenBothAreZeroOnceDelivered() throws Exception {
        UUID topic = UUID.randomUUID();

        transactions.execute(status -> outbox.append(new TopicArchived(topic, LARGE, 1)));
        await().atMost(DEADLINE).until(() -> oldestAgeSeconds() >= 1.0);
        assertThat(backlog()).as("the refused row waits").isGreaterThanOrEqualTo(1);

        alterLimit(AlterConfigOp.OpType.DELETE);

        await().atMost(DEADLINE).until(() -> backlog() == 0 && oldestAgeSeconds() == 0);
    }

    private double backlog() {
        return meters.get("nicepick.outbox.backlog").gauge().value();
    }

    private double oldestAgeSeconds() {
        return meters.get("nicepick.outbox.oldest.age").timeGauge().value(TimeUnit.SECONDS);
    }

    /** Consumers keep what came last per key: the last time each event arrived must follow the order written. */
    private static Map<String, List<String>> lastOccurrencesByKey(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            List<String> ids = byKey.computeIfAbsent(record.key(), k -> new ArrayList<>());
            String id = CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID);
            ids.remove(id);
            ids.add(id);
        }
        return byKey;
    }

    private static String[] ids(List<UUID> written, int... indexes) {
        return java.util.Arrays.stream(indexes).mapToObj(i -> written.get(i).toString()).toArray(String[]::new);
    }

    private int waiting(UUID topic) {
        return jdbc.sql("select count(*) from outbox_event where message_key = :key").param("key", topic.toString())
                .query(Integer.class).single();
    }

    private double failures() {
        return meters.get("nicepick.outbox.failures").counter().count();
    }

    private double backoffMillis() {
        return meters.get("nicepick.outbox.backoff").timeGauge().value(TimeUnit.MILLISECONDS);
    }

    private void alterLimit(AlterConfigOp.OpType op) throws Exception {
        admin.incrementalAlterConfigs(Map.of(TOPICS, List.of(new AlterConfigOp(
                new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "2048"), op)))).all().get(30, TimeUnit.SECONDS);
    }
}
