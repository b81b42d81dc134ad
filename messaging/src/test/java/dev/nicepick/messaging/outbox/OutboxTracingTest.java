package dev.nicepick.messaging.outbox;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.messaging.MessagingTest;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import static dev.nicepick.messaging.TestEvents.DEADLINE;
import static dev.nicepick.messaging.TestEvents.kafka;
import static dev.nicepick.messaging.TracedSpans.await;
import static dev.nicepick.messaging.TracedSpans.inTrace;
import static dev.nicepick.messaging.TracedSpans.spanId;
import static dev.nicepick.messaging.TracedSpans.traceId;
import static org.assertj.core.api.Assertions.assertThat;

/** A trace goes on across the outbox: from the span that wrote a row, through the relay, onto the Kafka record. */
@MessagingTest
class OutboxTracingTest {

    private static final String KAFKA_SEND = Streams.TOPICS + " send";

    @Autowired
    OutboxWriter outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventCodec codec;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    Tracer tracer;

    private final KafkaProbe stream = new KafkaProbe(kafka(), Streams.TOPICS);

    @AfterEach
    void closeProbe() {
        stream.close();
    }

    @Test
    void aRowWrittenInARequestsTraceReachesKafkaInThatTraceThroughTheRelaysSend() {
        UUID topic = UUID.randomUUID();

        TraceContext request = Observation.createNotStarted("test.request", observations).contextualName("http post")
                .observe(() -> {
                    transactions.execute(status -> outbox.append(new TopicArchived(topic, "traced", 1)));
                    return tracer.currentTraceContext().context();
                });

        ConsumerRecord<String, byte[]> delivered = stream.await(r -> topic.toString().equals(r.key()), 1, DEADLINE).getFirst();
        assertThat(traceId(delivered)).isEqualTo(request.traceId());
        SpanData write = await(request.traceId(), "outbox write");
        SpanData send = await(request.traceId(), "outbox send");
        SpanData kafkaSend = await(request.traceId(), KAFKA_SEND);
        assertThat(write.getParentSpanId()).as("written in the request's span").isEqualTo(request.spanId());
        assertThat(send.getParentSpanId()).as("sent as the write's child, not the relay round's").isEqualTo(write.getSpanId());
        assertThat(kafkaSend.getParentSpanId()).isEqualTo(send.getSpanId());
        assertThat(spanId(delivered)).as("the record names the producer's span").isEqualTo(kafkaSend.getSpanId());
        assertThat(write.getAttributes().get(AttributeKey.stringKey("event.type"))).isEqualTo(EventType.TOPIC_ARCHIVED.ceType());
        assertThat(send.getAttributes().get(AttributeKey.stringKey("event.type"))).isEqualTo(EventType.TOPIC_ARCHIVED.ceType());
    }

    @Test
    void aRowThatKeptNoTraceContextIsSentInATraceOfItsOwn() {
        UUID topic = UUID.randomUUID();
        TopicArchived event = new TopicArchived(topic, "written before traces were kept", 1);

        transactions.executeWithoutResult(status -> jdbc.sql("""
                        insert into outbox_event (event_id, event_type, message_key, source, occurred_at, payload)
                        values (:id, :type, :key, '/before', :time, cast(:payload as jsonb))""")
                .param("id", UUID.randomUUID())
                .param("type", EventType.TOPIC_ARCHIVED.ceType())
                .param("key", topic.toString())
                .param("time", Timestamp.from(Instant.now()))
                .param("payload", new String(codec.body(event), StandardCharsets.UTF_8))
                .update());

        ConsumerRecord<String, byte[]> delivered = stream.await(r -> topic.toString().equals(r.key()), 1, DEADLINE).getFirst();
        SpanData send = await(traceId(delivered), "outbox send");
        assertThat(send.getParentSpanContext().isValid()).as("the send starts the trace").isFalse();
        assertThat(await(traceId(delivered), KAFKA_SEND).getParentSpanId()).isEqualTo(send.getSpanId());
        assertThat(inTrace(traceId(delivered))).extracting(SpanData::getName).doesNotContain("outbox write");
    }
}
