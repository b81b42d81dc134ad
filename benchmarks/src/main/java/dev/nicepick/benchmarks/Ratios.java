package dev.nicepick.benchmarks;

import java.util.Locale;

/** How a figure compares with its reference: the ratio, and how the reports write it. */
public final class Ratios {

    private Ratios() {
    }

    /**
     * {@code value / reference}, rounded to two decimals.
     *
     * @return null when either is missing or the reference is not positive (there is nothing to compare with)
     */
    public static Double of(Double value, Double reference) {
        if (value == null || reference == null || reference <= 0) {
            return null;
        }
        return Math.round(value / reference * 100) / 100.0;
    }

    /** e.g. {@code 0.49x}, or {@code n/a} for a missing ratio. */
    public static String text(Double ratio) {
        return ratio == null ? "n/a" : String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
