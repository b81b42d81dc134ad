package dev.nicepick.gateway.lab;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What readers got from each API route ({@link #ROUTES}: topics, verdicts, feedback), per second, for the last
 * {@code nicepick.gateway.lab.window}: answers by kind ({@link Answer}), a latency sketch ({@link LatencySketch}) and
 * the route's circuit breaker state. Recording costs a counter bump and one latency record: per route a ring of
 * one slot per second of the window, reused as time goes round (a slot is cleared by the first answer of its new
 * second), and a Micrometer counter {@code nicepick.gateway.answers} (tags {@code route}, {@code answer}) per kind,
 * made at start. Breaker states are kept as their transitions ({@link #breakerChanged}), which are rare.
 */
@Component
public class AvailabilityRecorder {

    /** The routes counted, which are also their circuit breakers' names, with the service behind each. */
    public static final Map<String, String> ROUTES = routes();

    private static final Answer[] ANSWERS = Answer.values();

    private final Clock clock;
    private final int windowSeconds;
    private final Map<String, Route> routes = new LinkedHashMap<>();

    @Autowired
    AvailabilityRecorder(LabSettings settings, MeterRegistry meters) {
        this(Clock.systemUTC(), settings.window(), meters);
    }

    AvailabilityRecorder(Clock clock, Duration window, MeterRegistry meters) {
        this.clock = clock;
        this.windowSeconds = (int) window.toSeconds();
        ROUTES.keySet().forEach(route -> routes.put(route, new Route(route, windowSeconds, meters)));
    }

    private static Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("topics", "topics-service");
        routes.put("verdicts", "verdict-service");
        routes.put("feedback", "feedback-service");
        return java.util.Collections.unmodifiableMap(routes);
    }

    /** Counts one answer of {@code route} (ignored for a route not in {@link #ROUTES}) that took {@code nanos}. */
    public void record(String route, Answer answer, long nanos) {
        Route counted = routes.get(route);
        if (counted != null) {
            counted.record(clock.millis() / 1000, answer, nanos);
        }
    }

    /** Notes that {@code route}'s breaker is now in {@code state} (e.g. {@code open}, {@code half_open}, {@code closed}). */
    public void breakerChanged(String route, String state) {
        Route counted = routes.get(route);
        if (counted != null) {
            counted.breakerChanged(clock.millis(), state, windowSeconds * 1000L);
        }
    }

    /** Now, as the recorder counts time. */
    public Instant now() {
        return clock.instant();
    }

    /** The first second the window still holds. */
    public Instant windowStart() {
        return Instant.ofEpochSecond(clock.millis() / 1000 - windowSeconds + 1);
    }

    /**
     * One second of one route.
     *
     * @param at      the second's start
     * @param breaker the breaker's state at the second's end ({@code closed}, {@code open}, {@code half_open}, ...)
     */
    public record Second(Instant at, long fresh, long stale, long refused, long failed, Long p50Ms, Long p95Ms, Long p99Ms,
                         String breaker) {

        /** Answers of any kind in this second. */
        public long answers() {
            return fresh + stale + refused + failed;
        }
    }

    /** Answers by kind and latency percentiles (ms, null without answers) over a span. */
    public record Totals(long fresh, long stale, long refused, long failed, Long p50Ms, Long p95Ms, Long p99Ms) {
    }

    /**
     * Every second of {@code route} from {@code from} (inclusive) to {@code to} (exclusive), clipped to the window and
     * to now, seconds without answers included.
     */
    public List<Second> seconds(String route, Instant from, Instant to) {
        Route counted = routes.get(route);
        List<Second> seconds = new ArrayList<>();
        long now = clock.millis() / 1000;
        long first = Math.max(from.getEpochSecond(), now - windowSeconds + 1);
        long end = Math.min(to.getEpochSecond() + (to.getNano() > 0 ? 1 : 0), now + 1);
        for (long second = first; second < end; second++) {
            seconds.add(counted.second(second));
        }
        return seconds;
    }

    /** The totals of {@link #seconds} over the same span. */
    public Totals totals(String route, Instant from, Instant to) {
        Route counted = routes.get(route);
        long[] answers = new long[ANSWERS.length];
        long[] latency = new long[LatencySketch.BUCKETS];
        long now = clock.millis() / 1000;
        long end = Math.min(to.getEpochSecond() + (to.getNano() > 0 ? 1 : 0), now + 1);
        for (long second = Math.max(from.getEpochSecond(), now - windowSeconds + 1); second < end; second++) {
            counted.addTo(second, answers, latency);
        }
        return new Totals(answers[0], answers[1], answers[2], answers[3], LatencySketch.percentile(latency, 50),
                LatencySketch.percentile(latency, 95), LatencySketch.percentile(latency, 99));
    }

    /** The breaker's state now. */
    public String breakerNow(String route) {
        return routes.get(route).breakerAt(Long.MAX_VALUE);
    }

    private static final class Slot {
        volatile long second = -1;
        final AtomicLongArray answers = new AtomicLongArray(ANSWERS.length);
        final AtomicLongArray latency = new AtomicLongArray(LatencySketch.BUCKETS);
    }

    private record Transition(long atMillis, String state) {
    }

    private static final class Route {
        private final Slot[] slots;
        private final Counter[] counters = new Counter[ANSWERS.length];
        private final Deque<Transition> transitions = new ArrayDeque<>();

        Route(String name, int windowSeconds, MeterRegistry meters) {
            slots = new Slot[windowSeconds];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = new Slot();
            }
            for (Answer answer : ANSWERS) {
                counters[answer.ordinal()] = Counter.builder("nicepick.gateway.answers")
                        .description("Answers of an API route through the gateway, by what the reader got")
                        .tag("route", name).tag("answer", answer.key()).register(meters);
            }
        }

        void record(long second, Answer answer, long nanos) {
            Slot slot = slots[(int) (second % slots.length)];
            if (slot.second != second) {
                synchronized (slot) { // once per second and route: the first answer of a new second clears the slot
                    if (slot.second != second) {
                        for (int i = 0; i < ANSWERS.length; i++) {
                            slot.answers.set(i, 0);
                        }
                        for (int i = 0; i < LatencySketch.BUCKETS; i++) {
                            slot.latency.set(i, 0);
                        }
                        slot.second = second;
                    }
                }
            }
            slot.answers.incrementAndGet(answer.ordinal());
            slot.latency.incrementAndGet(LatencySketch.bucket(nanos));
            counters[answer.ordinal()].increment();
        }

        Second second(long second) {
            long[] answers = new long[ANSWERS.length];
            long[] latency = new long[LatencySketch.BUCKETS];
            addTo(second, answers, latency);
            return new Second(Instant.ofEpochSecond(second), answers[0], answers[1], answers[2], answers[3],
                    LatencySketch.percentile(latency, 50), LatencySketch.percentile(latency, 95),
                    LatencySketch.percentile(latency, 99), breakerAt((second + 1) * 1000 - 1));
        }

        void addTo(long second, long[] answers, long[] latency) {
            Slot slot = slots[(int) (second % slots.length)];
            if (slot.second == second) {
                for (int i = 0; i < ANSWERS.length; i++) {
                    answers[i] += slot.answers.get(i);
                }
                LatencySketch.addTo(latency, slot.latency);
            }
        }

        synchronized void breakerChanged(long atMillis, String state, long windowMillis) {
            transitions.addLast(new Transition(atMillis, state));
            // keep the last transition before the window: it gives the state the window starts in
            while (transitions.size() > 1 && transitions.stream().skip(1).findFirst().orElseThrow().atMillis() < atMillis - windowMillis) {
                transitions.removeFirst();
            }
        }

        /** The state at {@code atMillis}: that of the last transition at or before it; closed before any. */
        synchronized String breakerAt(long atMillis) {
            String state = "closed";
            for (Transition transition : transitions) {
                if (transition.atMillis() > atMillis) {
                    break;
                }
                state = transition.state();
            }
            return state;
        }
    }
}
