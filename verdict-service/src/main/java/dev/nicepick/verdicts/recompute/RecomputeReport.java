package dev.nicepick.verdicts.recompute;

import java.util.Map;

/**
 * @param workers    threads (local) or replicas (distributed) that did the work
 * @param byInstance topics recomputed by each replica
 */
public record RecomputeReport(String mode, int topics, long durationMs, double topicsPerSecond, int workers,
                              Map<String, Integer> byInstance) {

    static RecomputeReport of(String mode, int topics, long startedNanos, int workers, Map<String, Integer> byInstance) {
        long elapsedNanos = System.nanoTime() - startedNanos;
        double perSecond = elapsedNanos == 0 ? 0 : topics / (elapsedNanos / 1e9);
        return new RecomputeReport(mode, topics, elapsedNanos / 1_000_000, Math.round(perSecond * 10) / 10.0, workers, byInstance);
    }
}
