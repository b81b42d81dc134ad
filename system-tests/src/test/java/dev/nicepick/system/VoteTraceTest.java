package dev.nicepick.system;

import dev.nicepick.events.Streams;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One vote through the gateway is one trace in the trace server (issue 17), followed across both outboxes and the
 * broker: the gateway's request, feedback-service's request and outbox write, its relay's send to the feedback stream,
 * verdict-service's consumption, its outbox write and the verdict's publication, and topics-service's projection
 * update, each a descendant of the step before it, with no span whose parent is missing.
 */
class VoteTraceTest {

    private static final String GATEWAY = "gateway";
    private static final String FEEDBACK = "feedback-service";
    private static final String VERDICTS = "verdict-service";
    private static final String TOPICS = "topics-service";

    private final SystemUnderTest system = SystemUnderTest.get();
    private final Newsroom newsroom = new Newsroom(system);
    private final Zipkin zipkin = new Zipkin(system.zipkinUrl());

    @Test
    void aVotesTraceReachesTheVerdictsPublicationAndTheTopicsProjection() {
        String slug = newsroom.startedTopic("traced");
        String votePath = "/api/topics/" + slug + "/feedback";
        assertThat(newsroom.vote(slug, "beta").status()).isEqualTo(202);

        // The vote's trace: the one with feedback-service's request for this topic's feedback (the slug is new).
        String traceId = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> zipkin.traces(FEEDBACK, Duration.ofMinutes(2)).stream().flatMap(List::stream)
                        .filter(span -> span.service().equals(FEEDBACK) && "SERVER".equals(span.kind()) && names(span, votePath))
                        .map(TraceSpan::traceId).findFirst().orElse(null), id -> id != null);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<TraceSpan> trace = zipkin.trace(traceId);
            assertThat(trace).as("spans of trace %s", traceId).allMatch(span -> span.traceId().equals(traceId));
            Set<String> ids = trace.stream().map(TraceSpan::id).collect(Collectors.toSet());
            assertThat(trace.stream().filter(TraceSpan::isRoot)).as("the trace's root: the gateway's request")
                    .singleElement().matches(span -> span.service().equals(GATEWAY) && "SERVER".equals(span.kind()), "gateway SERVER span");
            assertThat(trace.stream().filter(span -> !span.isRoot() && !ids.contains(span.parentId())))
                    .as("spans whose parent is not in the trace (a broken link)").isEmpty();

            List<TraceSpan> request = chain(trace, List.of(), "feedback-service's request",
                    span -> span.service().equals(FEEDBACK) && "SERVER".equals(span.kind()) && names(span, votePath));
            chain(trace, request, "feedback-service's outbox write", named(FEEDBACK, "outbox write"));
            List<TraceSpan> relayed = chain(trace, request, "feedback-service's relay sending the row", named(FEEDBACK, "outbox send"));
            List<TraceSpan> sent = chain(trace, relayed, "the feedback event sent to Kafka", named(FEEDBACK, Streams.FEEDBACK + " send"));
            List<TraceSpan> consumed = chain(trace, sent, "verdict-service consuming it", named(VERDICTS, Streams.FEEDBACK + " receive"));
            chain(trace, consumed, "verdict-service's outbox write", named(VERDICTS, "outbox write"));
            List<TraceSpan> verdictRelayed = chain(trace, consumed, "verdict-service's relay sending the verdict", named(VERDICTS, "outbox send"));
            List<TraceSpan> published = chain(trace, verdictRelayed, "the verdict published", named(VERDICTS, Streams.VERDICTS + " send"));
            chain(trace, published, "topics-service's projection update", named(TOPICS, Streams.VERDICTS + " receive"));
        });
    }

    /** The spans of the trace that match and descend from one of {@code after} (any span when it is empty); at least one. */
    private static List<TraceSpan> chain(List<TraceSpan> trace, List<TraceSpan> after, String step, Predicate<TraceSpan> matching) {
        List<TraceSpan> found = trace.stream().filter(matching)
                .filter(span -> after.isEmpty() || after.stream().anyMatch(ancestor -> descends(trace, span, ancestor))).toList();
        assertThat(found).as("%s, after %s, in the trace:%n%s", step, after,
                trace.stream().map(TraceSpan::toString).collect(Collectors.joining("\n"))).isNotEmpty();
        return found;
    }

    private static boolean descends(List<TraceSpan> trace, TraceSpan span, TraceSpan ancestor) {
        String parent = span.parentId();
        for (int hops = 0; parent != null && hops < trace.size(); hops++) {
            if (parent.equals(ancestor.id())) {
                return true;
            }
            String current = parent;
            parent = trace.stream().filter(s -> s.id().equals(current)).findFirst().map(TraceSpan::parentId).orElse(null);
        }
        return false;
    }

    private static Predicate<TraceSpan> named(String service, String name) {
        return span -> span.service().equals(service) && span.name().equals(name);
    }

    /** Whether a span is about this request path (its URL tag, whatever the convention names it). */
    private static boolean names(TraceSpan span, String path) {
        return span.tags().values().stream().anyMatch(value -> value.endsWith(path));
    }
}
