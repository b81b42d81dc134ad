package dev.nicepick.benchmarks;

import java.util.regex.Pattern;

/**
 * What Kafka's {@code org.apache.kafka.tools.EndToEndLatency} reported: a message produced (acks as asked) until the
 * same message is consumed, one at a time.
 *
 * @param averageMs average, milliseconds
 * @param p50Ms     50th percentile, whole milliseconds (the tool's precision)
 * @param p99Ms     99th percentile, whole milliseconds
 * @param p999Ms    99.9th percentile, whole milliseconds
 */
public record KafkaLatencyOutput(double averageMs, long p50Ms, long p99Ms, long p999Ms) {

    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99\\.9th = (\\d+)");

    /** @throws IllegalArgumentException when a figure is missing */
    public static KafkaLatencyOutput parse(String text) {
        var percentiles = WrkOutput.find(PERCENTILES, text, "percentiles");
        return new KafkaLatencyOutput(Double.parseDouble(WrkOutput.find(AVERAGE, text, "average latency").group(1)),
                Long.parseLong(percentiles.group(1)), Long.parseLong(percentiles.group(2)), Long.parseLong(percentiles.group(3)));
    }
}
