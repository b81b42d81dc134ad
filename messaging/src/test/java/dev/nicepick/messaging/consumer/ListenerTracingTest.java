package dev.nicepick.messaging.consumer;

import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.messaging.MessagingTest;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.nicepick.messaging.TestEvents.DEADLINE;
import static dev.nicepick.messaging.TestEvents.kafka;
import static dev.nicepick.messaging.TestEvents.record;
import static dev.nicepick.messaging.TracedSpans.await;
import static dev.nicepick.messaging.TracedSpans.spanId;
import static dev.nicepick.messaging.TracedSpans.traceId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The producer and every listener export spans (the template and the container factory are built by hand, which Boot
 * does not observe by itself), and a handled record's trace goes on into the events its handler announces.
 */
@MessagingTest
class ListenerTracingTest {

    @Autowired
    KafkaTemplate<String, byte[]> eventKafkaTemplate;

    @Test
    void aListenerHandlesARecordAsAChildOfItsSendAndTheEventsItCausesContinueTheTrace() throws Exception {
        UUID topic = UUID.randomUUID();

        try (KafkaProbe commands = new KafkaProbe(kafka(), Streams.VERDICT_COMMANDS);
             KafkaProbe caused = new KafkaProbe(kafka(), Streams.TOPICS)) {
            eventKafkaTemplate.send(record(new RecomputeRequested(topic, UUID.randomUUID()), "req-traced")).get(30, TimeUnit.SECONDS);

            ConsumerRecord<String, byte[]> command = commands.await(r -> topic.toString().equals(r.key()), 1, DEADLINE).getFirst();
            String trace = traceId(command);
            SpanData sent = await(trace, Streams.VERDICT_COMMANDS + " send");
            SpanData received = await(trace, Streams.VERDICT_COMMANDS + " receive");
            assertThat(spanId(command)).as("the record names the producer's span").isEqualTo(sent.getSpanId());
            assertThat(received.getParentSpanId()).as("the listener's span is the producer's child").isEqualTo(sent.getSpanId());

            ConsumerRecord<String, byte[]> announced = caused.await(r -> topic.toString().equals(r.key()), 1, DEADLINE).getFirst();
            assertThat(traceId(announced)).as("the handler's event goes on in the same trace").isEqualTo(trace);
            assertThat(await(trace, "outbox write").getParentSpanId()).as("written while handling the record")
                    .isEqualTo(received.getSpanId());
        }
    }
}
