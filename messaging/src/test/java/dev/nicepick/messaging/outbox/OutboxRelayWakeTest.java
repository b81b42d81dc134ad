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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.nicepick.messaging.TestEvents.DEADLINE;
import static dev.nicepick.messaging.TestEvents.kafka;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A commit that wrote outbox rows wakes the relay: here the relay's safety-net poll (and, after a refusal, its
 * back-off) is an hour, on a database of its own, so a row reaches Kafka within the test's deadline only if its
 * commit woke the relay.
 */
@MessagingTest
@TestPropertySource(properties = {
        "spring.application.name=messaging-relay-wake",
        "nicepick.outbox.poll-interval=1h",
        "nicepick.outbox.first-backoff=1h",
        "nicepick.outbox.max-backoff=1h"})
class OutboxRelayWakeTest {

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    OutboxRelay relay;

    private final KafkaProbe stream = new KafkaProbe(kafka(), Streams.TOPICS);

    @AfterEach
    void closeProbe() {
        stream.close();
    }

    @Test
    void aCommittedRowIsSentWithoutWaitingForThePoll() {
        UUID topic = UUID.randomUUID();

        UUID id = transactions.execute(status -> outbox.append(new TopicArchived(topic, "woken", 1)));

        assertThat(ids(stream.await(r -> topic.toString().equals(r.key()), 1, DEADLINE))).containsExactly(id.toString());
        await().atMost(DEADLINE).until(() -> waiting(topic) == 0);
    }

    @Test
    void aRolledBackRowIsNeverSentAndWakesNothing() {
        UUID topic = UUID.randomUUID();
        await().atMost(DEADLINE).until(() -> waiting(topic) == 0 && count("nicepick.outbox.rounds") > 0); // started
        double rounds = count("nicepick.outbox.rounds");
        transactions.executeWithoutResult(status -> {
            outbox.append(new TopicArchived(topic, "rolled back", 1));
            status.setRollbackOnly();
        });
        await().during(Duration.ofSeconds(1)).atMost(DEADLINE).until(() -> count("nicepick.outbox.rounds") == rounds);

        UUID committed = transactions.execute(status -> outbox.append(new TopicArchived(topic, "committed", 2)));

        stream.await(r -> topic.toString().equals(r.key()), 1, DEADLINE);

        assertThat(ids(stream.readToEnd(DEADLINE).stream().filter(r -> topic.toString().equals(r.key())).toList()))
                .containsExactly(committed.toString());
    }

    @Test
    void aBurstOfCommitsFromManyThreadsIsSentOnceEachInTheOrderOfEachTopic() {
        int perTopic = 40;
        List<UUID> topics = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
        List<CompletableFuture<List<String>>> writers = topics.stream().map(topic -> CompletableFuture.supplyAsync(() -> {
            List<String> written = new ArrayList<>();
            for (int version = 1; version <= perTopic; version++) {
                int v = version;
                written.add(transactions.execute(status -> outbox.append(new TopicArchived(topic, "burst", v))).toString());
            }
            return written;
        })).toList();

        List<ConsumerRecord<String, byte[]>> received = stream.await(
                r -> topics.stream().anyMatch(t -> t.toString().equals(r.key())), topics.size() * perTopic, DEADLINE);
        await().atMost(DEADLINE).until(() -> topics.stream().mapToInt(this::waiting).sum() == 0);

        List<ConsumerRecord<String, byte[]>> all = stream.readToEnd(DEADLINE);
        assertThat(received).hasSize(topics.size() * perTopic);
        for (int i = 0; i < topics.size(); i++) {
            String key = topics.get(i).toString();
            assertThat(ids(all.stream().filter(r -> key.equals(r.key())).toList())).as("topic %d", i)
                    .containsExactlyElementsOf(writers.get(i).join());
        }
    }

    @Test
    void whileKafkaRefusesACommitDoesNotCutTheBackOffShort() throws Exception {
        ConfigResource topicsStream = new ConfigResource(ConfigResource.Type.TOPIC, Streams.TOPICS);
        AlterConfigOp limit = new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "2048"), AlterConfigOp.OpType.SET);
        AlterConfigOp noLimit = new AlterConfigOp(limit.configEntry(), AlterConfigOp.OpType.DELETE);
        UUID topic = UUID.randomUUID();
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()))) {
            admin.incrementalAlterConfigs(Map.of(topicsStream, List.of(limit))).all().get(30, TimeUnit.SECONDS);
            try {
                double failuresBefore = count("nicepick.outbox.failures");
                transactions.execute(status -> outbox.append(new TopicArchived(topic, "x".repeat(8_000), 1)));
                await().atMost(DEADLINE).until(() -> count("nicepick.outbox.failures") == failuresBefore + 1);
                double rounds = count("nicepick.outbox.rounds");

                for (int version = 2; version <= 20; version++) {
                    int v = version;
                    transactions.execute(status -> outbox.append(new TopicArchived(topic, "small", v)));
                }

                // the back-off is an hour: a wake that ended it would begin another round at once
                await().during(Duration.ofSeconds(2)).atMost(DEADLINE).until(() -> count("nicepick.outbox.rounds") == rounds);
                assertThat(waiting(topic)).as("all kept in the outbox").isEqualTo(20);
            } finally {
                admin.incrementalAlterConfigs(Map.of(topicsStream, List.of(noLimit))).all().get(30, TimeUnit.SECONDS);
                jdbc.sql("delete from outbox_event where message_key = :key").param("key", topic.toString()).update();
                relay.stop(); // its start looks at once, and that delivered round ends the hour's back-off
                relay.start();
            }
        }
    }

    private static List<String> ids(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> CloudEventHeaders.text(r.headers(), CloudEventHeaders.ID)).toList();
    }

    private int waiting(UUID topic) {
        return jdbc.sql("select count(*) from outbox_event where message_key = :key").param("key", topic.toString())
                .query(Integer.class).single();
    }

    private double count(String counter) {
        return meters.get(counter).counter().count();
    }
}
