package dev.nicepick.lag;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads this service's samples over a window and prunes old ones. Percentiles come from PostgreSQL's
 * {@code percentile_disc}, which is the nearest-rank method: the first sample whose cumulative share reaches p.
 */
public class LagWindows {

    private static final String EDGES_US = LagReport.EDGES_MS.stream().map(ms -> String.valueOf(ms * 1000))
            .collect(Collectors.joining(",", "{", "}"));

    private final JdbcClient jdbc;
    private final Hop hop;

    LagWindows(JdbcClient jdbc, Hop hop) {
        this.jdbc = jdbc;
        this.hop = hop;
    }

    /** The samples whose {@code acceptedAt} is in [from, to); the caller has checked that from is before to. */
    public LagReport report(Instant from, Instant to) {
        Map<String, Object> window = Map.of("hop", hop.value(), "from", Timestamp.from(from), "to", Timestamp.from(to));
        Figures figures = jdbc.sql("""
                        select count(*) as samples,
                               percentile_disc(0.50) within group (order by lag_us) as p50,
                               percentile_disc(0.95) within group (order by lag_us) as p95,
                               percentile_disc(0.99) within group (order by lag_us) as p99,
                               max(lag_us) as max
                        from propagation_lag where hop = :hop and accepted_at >= :from and accepted_at < :to""")
                .params(window)
                .query((rs, n) -> new Figures(rs.getLong("samples"), millis(rs.getObject("p50", Long.class)),
                        millis(rs.getObject("p95", Long.class)), millis(rs.getObject("p99", Long.class)),
                        millis(rs.getObject("max", Long.class))))
                .single();
        // width_bucket: 1 for [edge 1, edge 2), ..., n for edge n and above (n = the number of edges)
        Map<Integer, Long> counts = new HashMap<>();
        jdbc.sql("""
                        select width_bucket(lag_us, cast(:edges as bigint[])) as bucket, count(*) as samples
                        from propagation_lag where hop = :hop and accepted_at >= :from and accepted_at < :to
                        group by bucket""")
                .params(window).param("edges", EDGES_US)
                .query((rs, n) -> counts.put(rs.getInt("bucket"), rs.getLong("samples")))
                .list();
        List<LagReport.Bucket> histogram = new ArrayList<>();
        for (int i = 0; i < LagReport.EDGES_MS.size(); i++) {
            Long upper = i + 1 < LagReport.EDGES_MS.size() ? LagReport.EDGES_MS.get(i + 1) : null;
            histogram.add(new LagReport.Bucket(LagReport.EDGES_MS.get(i), upper, counts.getOrDefault(i + 1, 0L)));
        }
        return new LagReport(hop.value(), from, to, figures.count(), figures.p50(), figures.p95(), figures.p99(),
                figures.max(), List.copyOf(histogram));
    }

    /** @return how many samples accepted before {@code before} were deleted */
    public int prune(Instant before) {
        return jdbc.sql("delete from propagation_lag where hop = :hop and accepted_at < :before")
                .param("hop", hop.value()).param("before", Timestamp.from(before)).update();
    }

    private static Long millis(Long micros) {
        return micros == null ? null : Math.floorDiv(micros, 1000L);
    }

    private record Figures(long count, Long p50, Long p95, Long p99, Long max) {
    }
}
