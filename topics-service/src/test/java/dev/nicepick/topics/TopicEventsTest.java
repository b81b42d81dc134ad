package dev.nicepick.topics;

import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.testsupport.EmbeddedInfrastructure;
import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.kafka.EmbeddedKafkaBroker;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import dev.nicepick.topics.catalog.TopicCatalog;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

/** Topic events leave through the outbox: with the change that caused them, in order, and despite broker outages. */
class TopicEventsTest extends ServiceIntegrationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @Autowired
    TopicCatalog catalog;
    @Autowired
    TransactionTemplate transactions;

    private final EventCodec codec = new EventCodec();
    private KafkaProbe topicsStream;

    @BeforeEach
    void watchTopicsStream() {
        topicsStream = new KafkaProbe(kafkaBootstrapServers(), Streams.TOPICS);
    }

    @AfterEach
    void close() {
        topicsStream.close();
    }

    @Test
    void publishingSendsTopicPublishedWithCloudEventsHeadersAndTheRequestId() {
        String slug = unique("events");
        String id = created(slug);

        api().post("/api/topics/" + slug + "/publish", null).bearer(editor()).header("X-Request-Id", "req-publish-0001").send();

        ConsumerRecord<String, byte[]> record = topicsStream.await(r -> id.equals(r.key()), 1, DEADLINE).getFirst();
        assertThat(record.topic()).isEqualTo(Streams.TOPICS);
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(EventType.TOPIC_PUBLISHED.ceType());
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/topics-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.CORRELATION_ID)).isEqualTo("req-publish-0001");

        TopicPublished event = (TopicPublished) codec.fromRecord(record).data();
        assertThat(event.topic().slug()).isEqualTo(slug);
        assertThat(event.topic().status()).isEqualTo("published");
        assertThat(event.topic().version()).isEqualTo(2);
        assertThat(event.topic().editorialPick().option()).isEqualTo("quarkus");
        assertThat(event.topic().editorialPick().strength()).isEqualTo(10);
        assertThat(event.topic().options()).extracting(o -> o.key() + "=" + o.name())
                .containsExactly("quarkus=Quarkus", "micronaut=Micronaut");
        assertThat(event.topic().options().getFirst().bestFor()).isEqualTo("want native images and fast start-up");
    }

    @Test
    void theEventCarriesTheComparisonTypeAndEachOptionsKindForVerdictService() {
        String slug = unique("typed-events");
        Map<String, Object> body = topic(slug);
        body.put("type", "complementary");
        TopicFixtures.firstOption(body).put("kind", "framework");
        String id = api().post("/api/topics", body).bearer(editor()).send().json().get("id").asString();

        api().post("/api/topics/" + slug + "/publish", null).bearer(editor()).send();

        TopicPublished event = (TopicPublished) codec.fromRecord(topicsStream.await(r -> id.equals(r.key()), 1, DEADLINE)
                .getFirst()).data();
        assertThat(event.topic().type()).isEqualTo("complementary");
        assertThat(event.topic().options()).extracting(o -> o.key() + "=" + o.kind())
                .containsExactly("quarkus=framework", "micronaut=null");
    }

    @Test
    void aRolledBackChangeSendsNoEvent() {
        String rolledBack = unique("rolled-back");
        String rolledBackId = created(rolledBack);
        String committed = unique("committed");
        String committedId = created(committed);

        transactions.executeWithoutResult(status -> {
            catalog.publish(rolledBack);
            status.setRollbackOnly();
        });
        api().post("/api/topics/" + committed + "/publish", null).bearer(editor()).send();

        // The relay sends rows in the order they were written; once the later event is on the stream,
        // an earlier one would be there too.
        topicsStream.await(r -> committedId.equals(r.key()), 1, DEADLINE);
        assertThat(topicsStream.readToEnd(DEADLINE)).noneMatch(r -> rolledBackId.equals(r.key()));
        assertThat(api().get("/api/topics/" + rolledBack).bearer(editor()).send().json().get("status").asString())
                .isEqualTo("draft");
    }

    @Test
    void everyEventArrivesInOrderAfterTheBrokerComesBack() {
        EmbeddedKafkaBroker broker = EmbeddedInfrastructure.get().broker().orElseThrow();
        List<String> ids = new ArrayList<>();
        broker.stop();
        try {
            for (int i = 0; i < 3; i++) {
                String slug = unique("outage");
                ids.add(created(slug));
                assertThat(api().post("/api/topics/" + slug + "/publish", null).bearer(editor()).send().status()).isEqualTo(200);
                for (int revision = 1; revision <= 2; revision++) {
                    Map<String, Object> body = topic(slug);
                    body.put("title", "Revision " + revision);
                    String etag = api().get("/api/topics/" + slug).send().header("ETag");
                    assertThat(api().put("/api/topics/" + slug, body).bearer(editor()).header("If-Match", etag).send()
                            .status()).isEqualTo(200);
                }
            }
        } finally {
            broker.start();
        }

        List<ConsumerRecord<String, byte[]>> records = topicsStream.await(r -> ids.contains(r.key()), 9, DEADLINE);
        for (String id : ids) {
            List<EventEnvelope<Event>> events = records.stream().filter(r -> id.equals(r.key())).map(codec::fromRecord).toList();
            assertThat(events).extracting(e -> e.type()).containsExactly(EventType.TOPIC_PUBLISHED,
                    EventType.TOPIC_REVISED, EventType.TOPIC_REVISED);
            assertThat(events).extracting(e -> e.data() instanceof TopicRevised r ? r.topic().version()
                    : ((TopicPublished) e.data()).topic().version()).containsExactly(2L, 3L, 4L);
        }
    }

    private String created(String slug) {
        return api().post("/api/topics", topic(slug)).bearer(editor()).send().json().get("id").asString();
    }

    private String editor() {
        return tokens().mint("editor-1", "editor");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }
}
