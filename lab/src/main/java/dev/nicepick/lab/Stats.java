package dev.nicepick.lab;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The two summaries the lab reports: a median (of repeated runs) and nearest-rank percentiles (of latencies). */
public final class Stats {

    private Stats() {
    }

    /**
     * The median: the middle value, or the mean of the two middle values of an even count.
     *
     * @return null when there are no values
     */
    public static Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /**
     * The nearest-rank percentile, as the lag API defines it (i15-common): the smallest value with at least
     * {@code percent}% of the values at or below it, i.e. the value at rank ceil(percent / 100 × n).
     *
     * @param percent in (0, 100]
     * @return null when there are no values
     */
    public static Long percentile(Collection<Long> values, double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile is in (0, 100]: " + percent);
        }
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(percent / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
