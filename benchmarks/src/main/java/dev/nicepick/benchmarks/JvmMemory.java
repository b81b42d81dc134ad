package dev.nicepick.benchmarks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM's own view of its memory, from its Prometheus scrape ({@code jvm_memory_used_bytes} and
 * {@code jvm_memory_committed_bytes}, summed over the pools of each area), MiB.
 */
public record JvmMemory(double heapUsedMib, double heapCommittedMib, double nonHeapUsedMib) {

    private static final Pattern SAMPLE = Pattern.compile(
            "^jvm_memory_(used|committed)_bytes\\{([^}]*)}\\s+([0-9.eE+-]+)$", Pattern.MULTILINE);

    /** @throws IllegalArgumentException when the scrape has no heap figures */
    public static JvmMemory parse(String prometheus) {
        double heapUsed = 0;
        double heapCommitted = 0;
        double nonHeapUsed = 0;
        boolean found = false;
        Matcher m = SAMPLE.matcher(prometheus);
        while (m.find()) {
            boolean heap = m.group(2).contains("area=\"heap\"");
            double value = Double.parseDouble(m.group(3));
            found |= heap;
            if (m.group(1).equals("used")) {
                if (heap) {
                    heapUsed += value;
                } else {
                    nonHeapUsed += value;
                }
            } else if (heap) {
                heapCommitted += value;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no jvm_memory_used_bytes of the heap in the scrape");
        }
        return new JvmMemory(mib(heapUsed), mib(heapCommitted), mib(nonHeapUsed));
    }

    private static double mib(double bytes) {
        return Math.round(bytes / 1024 / 1024 * 10) / 10.0;
    }
}
