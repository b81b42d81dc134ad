package dev.nicepick.benchmarks;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one wrk run ({@code wrk --latency}) reported: throughput, latency percentiles and the answers that were not
 * 2xx/3xx or did not come at all. Parsed from wrk's own text output, so that the figures are wrk's.
 *
 * @param requests       requests completed
 * @param seconds        the run's measured duration, seconds
 * @param requestsPerSecond wrk's "Requests/sec"
 * @param p50Ms          50th percentile latency, milliseconds
 * @param p99Ms          99th percentile latency, milliseconds
 * @param non2xx         answers that were neither 2xx nor 3xx (wrk's "Non-2xx or 3xx responses"; 0 when absent)
 * @param socketErrors   connect, read, write and timeout errors together (wrk's "Socket errors"; 0 when absent)
 */
public record WrkOutput(long requests, double seconds, double requestsPerSecond, double p50Ms, double p99Ms,
                        long non2xx, long socketErrors) {

    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m)");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Every answer was 2xx or 3xx and none was lost. */
    public boolean allAnswered() {
        return non2xx == 0 && socketErrors == 0;
    }

    /**
     * @param text wrk's standard output of a run with {@code --latency}
     * @throws IllegalArgumentException when a figure is missing (e.g. wrk could not connect at all)
     */
    public static WrkOutput parse(String text) {
        Matcher total = find(TOTAL, text, "the request count");
        Matcher socket = SOCKET.matcher(text);
        long socketErrors = 0;
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(socket.group(i));
            }
        }
        Matcher non2xx = NON_2XX.matcher(text);
        return new WrkOutput(Long.parseLong(total.group(1)), toMillis(total.group(2), total.group(3)) / 1000,
                Double.parseDouble(find(RATE, text, "Requests/sec").group(1)), percentile(text, "50"), percentile(text, "99"),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors);
    }

    private static double percentile(String text, String percent) {
        Matcher m = find(Pattern.compile("^\\s+" + percent + "(?:\\.000)?%\\s+([\\d.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE), text,
                "the " + percent + "% latency (was wrk run with --latency?)");
        return toMillis(m.group(1), m.group(2));
    }

    private static double toMillis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    static Matcher find(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("No " + what + " in the tool's output: " + Processes.abbreviate(text));
        }
        return m;
    }
}
