package dev.nicepick.gateway.lab;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The lab's figures as CSV (RFC 4180: a header row, comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote or line break; an empty field for a missing value), one row per the finest figure each has:
 * availability a row per route and second, consistency a row per scope, hop and histogram bucket, scaling a row per
 * experiment.
 */
final class LabCsv {

    private LabCsv() {
    }

    static String availability(LabFigures.Availability figures) {
        StringBuilder csv = row(new StringBuilder(), "route", "service", "second", "breaker", "fresh", "stale", "refused", "failed",
                "p50Ms", "p95Ms", "p99Ms");
        figures.routes().forEach(route -> route.seconds().forEach(second -> row(csv, route.route(), route.service(), second.at(),
                second.breaker(), second.fresh(), second.stale(), second.refused(), second.failed(), second.p50Ms(), second.p95Ms(),
                second.p99Ms())));
        return csv.toString();
    }

    static String consistency(LabFigures.Consistency figures) {
        StringBuilder csv = row(new StringBuilder(), "scope", "hop", "from", "to", "count", "p50Ms", "p95Ms", "p99Ms", "maxMs",
                "bucketFromMs", "bucketToMs", "bucketCount");
        hops(csv, "window", figures.hops());
        if (figures.lastDrill() != null) {
            hops(csv, "last-drill", figures.lastDrill().hops());
        }
        return csv.toString();
    }

    private static void hops(StringBuilder csv, String scope, Map<String, JsonNode> hops) {
        hops.forEach((hop, lag) -> {
            if (lag == null) {
                return;
            }
            lag.path("histogram").values().forEach(bucket -> row(csv, scope, hop, text(lag, "from"), text(lag, "to"), text(lag, "count"),
                    text(lag, "p50Ms"), text(lag, "p95Ms"), text(lag, "p99Ms"), text(lag, "maxMs"), text(bucket, "fromMs"),
                    text(bucket, "toMs"), text(bucket, "count")));
        });
    }

    static String scaling(LabFigures.Scaling figures) {
        List<String> columns = List.of("id", "mode", "threads", "replicas", "topics", "passes", "units", "durationMs", "unitsPerSecond",
                "overheadPerTopicMs", "cores", "startedAt");
        StringBuilder csv = row(new StringBuilder(), columns.toArray());
        if (figures.experiments() != null) {
            figures.experiments().forEach(experiment -> row(csv, columns.stream().map(column -> text(experiment, column)).toArray()));
        }
        return csv.toString();
    }

    /** A field of a JSON object as CSV text: empty when missing or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }

    private static StringBuilder row(StringBuilder csv, Object... fields) {
        csv.append(Stream.of(fields).map(field -> field == null ? "" : quoted(Objects.toString(field))).collect(Collectors.joining(",")));
        return csv.append("\r\n");
    }

    private static String quoted(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")
                ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
