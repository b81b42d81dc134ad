package dev.nicepick.benchmarks;

import java.util.regex.Pattern;

/**
 * What one {@code pgbench} run reported.
 *
 * @param transactions transactions actually processed
 * @param tps          transactions per second, without the initial connection time (pgbench's own figure)
 * @param latencyMs    average latency, milliseconds
 * @param failed       failed transactions (0 when pgbench does not report any)
 */
public record PgbenchOutput(long transactions, double tps, double latencyMs, long failed) {

    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");

    /**
     * @param text pgbench's standard output
     * @throws IllegalArgumentException when a figure is missing
     */
    public static PgbenchOutput parse(String text) {
        var failed = FAILED.matcher(text);
        return new PgbenchOutput(Long.parseLong(WrkOutput.find(PROCESSED, text, "transaction count").group(1)),
                Double.parseDouble(WrkOutput.find(TPS, text, "tps").group(1)),
                Double.parseDouble(WrkOutput.find(LATENCY, text, "average latency").group(1)),
                failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }
}
