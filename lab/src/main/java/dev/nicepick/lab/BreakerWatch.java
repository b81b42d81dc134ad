package dev.nicepick.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches the gateway's circuit breakers once a second on its management port ({@code /actuator/circuitbreakers},
 * Resilience4j's own report) and keeps each change of state: the breaker timeline, independent of the lab API.
 */
public final class BreakerWatch implements Runnable {

    /** Breaker {@code name} was found in {@code state} (CLOSED, OPEN, HALF_OPEN, ...) at {@code at}. */
    public record Change(Instant at, String name, String state) {
    }

    private final LabHttp management;
    private final Instant until;
    private final List<Change> changes = new ArrayList<>();

    public BreakerWatch(LabHttp management, Instant until) {
        this.management = management;
        this.until = until;
    }

    @Override
    public void run() {
        Map<String, String> last = new HashMap<>();
        while (Instant.now().isBefore(until) && !Thread.currentThread().isInterrupted()) {
            LabHttp.Answer answer = management.get("/actuator/circuitbreakers", null, Duration.ofSeconds(2));
            if (answer.ok()) {
                management.json(answer, "circuit breakers").path("circuitBreakers").properties().forEach(entry -> {
                    String state = entry.getValue().path("state").asString();
                    if (!state.equals(last.put(entry.getKey(), state))) {
                        synchronized (changes) {
                            changes.add(new Change(answer.at(), entry.getKey(), state));
                        }
                    }
                });
            }
            try {
                Drills.pauseUntil(answer.at().plusSeconds(1));
            } catch (IllegalStateException interrupted) {
                return;
            }
        }
    }

    /** The changes seen so far, oldest first (each breaker's first entry is its state when watching began). */
    public List<Change> changes() {
        synchronized (changes) {
            return List.copyOf(changes);
        }
    }

    /** How long each breaker whose name contains {@code part} was not CLOSED, as intervals (end null: still not closed). */
    public static List<Interval> notClosed(List<Change> changes, String part) {
        List<Interval> intervals = new ArrayList<>();
        Map<String, Instant> openedAt = new HashMap<>();
        for (Change change : changes) {
            if (!change.name().contains(part)) {
                continue;
            }
            boolean closed = change.state().equals("CLOSED");
            if (!closed) {
                openedAt.putIfAbsent(change.name(), change.at());
            } else if (openedAt.containsKey(change.name())) {
                intervals.add(new Interval(change.name(), openedAt.remove(change.name()), change.at()));
            }
        }
        openedAt.forEach((name, from) -> intervals.add(new Interval(name, from, null)));
        return intervals;
    }

    /** A breaker not closed from {@code from} to {@code to}. */
    public record Interval(String name, Instant from, Instant to) {
    }
}
