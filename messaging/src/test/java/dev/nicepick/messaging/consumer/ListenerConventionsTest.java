package dev.nicepick.messaging.consumer;

import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.messaging.MessagingTest;
import dev.nicepick.messaging.StreamTopology;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.nicepick.messaging.TestEvents.DEADLINE;
import static dev.nicepick.messaging.TestEvents.kafka;
import static dev.nicepick.messaging.TestEvents.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What every service's listeners get from the messaging module: typed events, dead letters, request ids. */
@MessagingTest
class ListenerConventionsTest {

    @Autowired
    RecordingListener listener;

    @Autowired
    StreamTopology topology;

    @Test
    void aListenedStreamHasADeadLetterTopicShapedLikeItWithoutDeclaringIt() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            TopicDescription deadLetters = admin.describeTopics(List.of(Streams.deadLetter(Streams.VERDICT_COMMANDS)))
                    .allTopicNames().get(30, TimeUnit.SECONDS).get(Streams.deadLetter(Streams.VERDICT_COMMANDS));

            assertThat(deadLetters.partitions()).hasSize(topology.partitions());
            assertThat(existing).as("no listener here reads feedback").doesNotContain(Streams.deadLetter(Streams.FEEDBACK));
        }
    }

    @Test
    void unreadableUnknownAndMisplacedRecordsGoToTheDeadLetterTopicAndTheNextIsHandled() {
        UUID topic = UUID.randomUUID();
        ProducerRecord<String, byte[]> valid = record(new RecomputeRequested(topic, UUID.randomUUID()), "req-1");
        ProducerRecord<String, byte[]> unreadable = new ProducerRecord<>(Streams.VERDICT_COMMANDS, null, topic.toString(),
                "{not json".getBytes(StandardCharsets.UTF_8), valid.headers());
        ProducerRecord<String, byte[]> unknownType = record(new RecomputeRequested(topic, UUID.randomUUID()), "req-2");
        unknownType.headers().remove(CloudEventHeaders.TYPE);
        unknownType.headers().add(CloudEventHeaders.TYPE, "dev.nicepick.verdict.reconsidered.v9".getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> archived = record(new TopicArchived(topic, "misplaced", 1), "req-3");
        ProducerRecord<String, byte[]> misplaced = new ProducerRecord<>(Streams.VERDICT_COMMANDS, null, topic.toString(),
                archived.value(), archived.headers());

        try (KafkaProbe commands = new KafkaProbe(kafka(), Streams.VERDICT_COMMANDS);
             KafkaProbe deadLetters = new KafkaProbe(kafka(), Streams.deadLetter(Streams.VERDICT_COMMANDS))) {
            commands.sendAll(List.of(unreadable, unknownType, misplaced, valid));

            List<ConsumerRecord<String, byte[]>> parked = deadLetters.await(r -> topic.toString().equals(r.key()), 3, DEADLINE);
            assertThat(parked).extracting(r -> CloudEventHeaders.text(r.headers(), CloudEventHeaders.TYPE))
                    .containsExactly(EventType.RECOMPUTE_REQUESTED.ceType(), "dev.nicepick.verdict.reconsidered.v9",
                            EventType.TOPIC_ARCHIVED.ceType());
            assertThat(parked.getFirst().value()).isEqualTo(unreadable.value());
            await().atMost(DEADLINE).until(() -> listener.handled().containsKey(topic));
        }
    }

    @Test
    void theRequestIdAnEventCarriesIsInTheLogsOfItsHandlingAndInTheEventsItCauses() {
        UUID topic = UUID.randomUUID();

        try (KafkaProbe commands = new KafkaProbe(kafka(), Streams.VERDICT_COMMANDS);
             KafkaProbe caused = new KafkaProbe(kafka(), Streams.TOPICS)) {
            commands.send(record(new RecomputeRequested(topic, UUID.randomUUID()), "req-follow-me"));

            ConsumerRecord<String, byte[]> announced = caused.await(r -> topic.toString().equals(r.key()), 1, DEADLINE).getFirst();
            assertThat(listener.handled()).containsEntry(topic, "req-follow-me");
            assertThat(CloudEventHeaders.text(announced.headers(), CloudEventHeaders.CORRELATION_ID)).isEqualTo("req-follow-me");
            assertThat(CloudEventHeaders.text(announced.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/messaging-test");
        }
    }
}
