package dev.nicepick.lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Answers counted by kind in each whole second of the clock (UTC) in which they arrived; safe for many client
 * threads at once.
 */
public final class PerSecondTally {

    private final ConcurrentSkipListMap<Long, AtomicIntegerArray> bySecond = new ConcurrentSkipListMap<>();

    /** Counts one answer that arrived at {@code at}. */
    public void record(Instant at, AnswerKind kind) {
        bySecond.computeIfAbsent(at.getEpochSecond(), s -> new AtomicIntegerArray(AnswerKind.values().length))
                .incrementAndGet(kind.ordinal());
    }

    /**
     * Every second from the first to the last answer, oldest first, with zeros for seconds in which none arrived
     * (a gap in the load is itself a finding).
     */
    public List<Second> seconds() {
        List<Second> seconds = new ArrayList<>();
        if (bySecond.isEmpty()) {
            return seconds;
        }
        for (long s = bySecond.firstKey(); s <= bySecond.lastKey(); s++) {
            AtomicIntegerArray counts = bySecond.get(s);
            seconds.add(counts == null ? new Second(Instant.ofEpochSecond(s), 0, 0, 0, 0)
                    : new Second(Instant.ofEpochSecond(s), counts.get(0), counts.get(1), counts.get(2), counts.get(3)));
        }
        return seconds;
    }

    /** Totals by kind over every second. */
    public Map<AnswerKind, Integer> totals() {
        int[] sums = new int[AnswerKind.values().length];
        bySecond.values().forEach(counts -> {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += counts.get(i);
            }
        });
        return Map.of(AnswerKind.FRESH, sums[0], AnswerKind.STALE, sums[1], AnswerKind.REFUSED, sums[2], AnswerKind.OTHER, sums[3]);
    }

    /** The answers of the second that starts at {@code at}, by kind. */
    public record Second(Instant at, int fresh, int stale, int refused, int other) {

        /** Answers of any kind. */
        public int total() {
            return fresh + stale + refused + other;
        }
    }
}
