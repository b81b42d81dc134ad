package dev.nicepick.charts;

import java.time.Instant;
import java.util.List;

/** The data a chart draws, as plain records; each kind of chart takes its own. */
public final class Series {

    private Series() {
    }

    /** A point on a numeric x axis, e.g. (threads, topics per second). */
    public record Point(double x, double y) {
    }

    /** A named line of points on a numeric x axis. */
    public record Line(String name, List<Point> points) {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A value at an instant, e.g. answers served in the second that starts at {@code at}. */
    public record Moment(Instant at, double value) {
    }

    /** A named line over time. */
    public record Timeline(String name, List<Moment> moments) {
        public Timeline {
            moments = List.copyOf(moments);
        }
    }

    /** A stretch of time to shade behind a timeline, e.g. a fault drill or a circuit breaker open; {@code to} may be null (still going). */
    public record Band(String label, Instant from, Instant to) {
    }

    /** One bar per category, e.g. lag samples per histogram bucket of one hop. */
    public record Bars(String name, List<Double> values) {
        public Bars {
            values = List.copyOf(values);
        }
    }
}
