package dev.nicepick.messaging;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import static dev.nicepick.messaging.TestEvents.DEADLINE;

/**
 * The spans every test application of this JVM exported, kept in memory (the tracer's real export path, the batch
 * processor included). One store for the JVM, not one per application context: a record may be handled by the
 * listener of another test class's context, which exports its spans here too.
 */
public final class TracedSpans implements SpanExporter {

    private static final InMemorySpanExporter SPANS = InMemorySpanExporter.create();

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return SPANS.export(spans);
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    /** A context's end does not end the JVM's store. */
    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** Waits until the trace has a span named {@code name} (e.g. {@code outbox send}) and returns it. */
    public static SpanData await(String traceId, String name) {
        return Awaitility.await().atMost(DEADLINE).until(() -> inTrace(traceId).stream().filter(s -> s.getName().equals(name))
                .findFirst().orElse(null), span -> span != null);
    }

    /** Every span of the trace exported so far. */
    public static List<SpanData> inTrace(String traceId) {
        return SPANS.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /** The record's W3C {@code traceparent} header ({@code 00-<trace id>-<span id>-<flags>}); fails when it has none. */
    public static String traceParent(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader("traceparent");
        if (header == null) {
            throw new AssertionError("record " + record.key() + " on " + record.topic() + " has no traceparent header");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The 32 hex digits of the trace id in the record's {@code traceparent}. */
    public static String traceId(ConsumerRecord<?, ?> record) {
        return traceParent(record).split("-")[1];
    }

    /** The 16 hex digits of the parent span id in the record's {@code traceparent}: the span that sent it. */
    public static String spanId(ConsumerRecord<?, ?> record) {
        return traceParent(record).split("-")[2];
    }
}
