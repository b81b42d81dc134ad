package dev.nicepick.messaging.outbox;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Carries a trace across the outbox, so that a request's trace goes on through the relay and Kafka to the consumers:
 * the row keeps the W3C trace context (the {@code traceparent} and {@code tracestate} headers' values, RFC: W3C Trace
 * Context) of the span that wrote it, and the relay sends it in a span that is that span's child.
 * <ul>
 *   <li>{@value #WRITE} (span {@code outbox write}): around the insert of a row, in the writer's trace (the request's,
 *   or the listener's that handles a record);</li>
 *   <li>{@value #SEND} (span {@code outbox send}): around the relay's send of a row, whose parent is the context the row
 *   keeps, not the relay's round; a row without one (written before the context was kept) starts a trace of its own.
 *   Spring Kafka's producer span ({@code <topic> send}) is its child.</li>
 * </ul>
 * Both carry the low-cardinality tag {@value #EVENT_TYPE}, the event's CloudEvents type.
 */
public class OutboxTracing {

    public static final String WRITE = "nicepick.outbox.write";
    public static final String SEND = "nicepick.outbox.send";
    public static final String EVENT_TYPE = "event.type";
    static final String TRACE_PARENT = "traceparent";
    static final String TRACE_STATE = "tracestate";

    private final ObservationRegistry observations;
    private final Tracer tracer;
    private final Propagator propagator;

    OutboxTracing(ObservationRegistry observations, Tracer tracer, Propagator propagator) {
        this.observations = observations;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /**
     * Runs {@code insert} in a {@value #WRITE} observation and hands it the trace context to keep with the row.
     *
     * @param eventType the event's CloudEvents type
     * @return what {@code insert} returns
     */
    <T> T write(String eventType, Function<StoredContext, T> insert) {
        return Observation.createNotStarted(WRITE, observations)
                .contextualName("outbox write")
                .lowCardinalityKeyValue(EVENT_TYPE, eventType)
                .observe(() -> insert.apply(current()));
    }

    /**
     * A started {@value #SEND} observation for a row's send, the child of the context the row keeps. The caller opens
     * its scope around the send (so the producer's span is its child) and stops it once Kafka has answered.
     */
    Observation send(String eventType, StoredContext stored) {
        var context = new ReceiverContext<StoredContext>(StoredContext::get, Kind.CONSUMER);
        context.setCarrier(stored);
        return Observation.createNotStarted(SEND, () -> context, observations)
                .contextualName("outbox send")
                .lowCardinalityKeyValue(EVENT_TYPE, eventType)
                .start();
    }

    private StoredContext current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return StoredContext.NONE;
        }
        Map<String, String> headers = new HashMap<>();
        propagator.inject(context, headers, Map::put);
        return new StoredContext(headers.get(TRACE_PARENT), headers.get(TRACE_STATE));
    }

    /**
     * The trace context an outbox row keeps (columns {@code trace_parent}, {@code trace_state}).
     *
     * @param traceParent a W3C {@code traceparent} value ({@code 00-<32 hex trace id>-<16 hex span id>-<2 hex flags>}),
     *                    or null: no trace context (the row was written before it was kept, or without a tracer)
     * @param traceState  a W3C {@code tracestate} value, or null when there is none
     */
    record StoredContext(String traceParent, String traceState) {

        static final StoredContext NONE = new StoredContext(null, null);

        /** As the propagator reads headers: by W3C header name. */
        String get(String header) {
            return switch (header) {
                case TRACE_PARENT -> traceParent;
                case TRACE_STATE -> traceState;
                default -> null;
            };
        }
    }
}
