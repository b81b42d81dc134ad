package dev.nicepick.system;

import dev.nicepick.testsupport.http.Api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Reads traces from Zipkin's API v2 ({@code /api/v2/traces}, {@code /api/v2/trace/{traceId}}), as an operator's tools do. */
final class Zipkin {

    private final Api api;

    Zipkin(String url) {
        this.api = new Api(url);
    }

    /** The traces with a span of this service in the last {@code lookback} (newest first, at most 1000). */
    List<List<TraceSpan>> traces(String service, Duration lookback) {
        List<List<TraceSpan>> traces = new ArrayList<>();
        api.get("/api/v2/traces?serviceName=" + service + "&lookback=" + lookback.toMillis() + "&limit=1000").send().json()
                .forEach(trace -> traces.add(spans(trace)));
        return traces;
    }

    /** Every span of one trace Zipkin holds so far (spans arrive a moment after they end, each application on its own). */
    List<TraceSpan> trace(String traceId) {
        Api.Response response = api.get("/api/v2/trace/" + traceId).send();
        return response.status() == 404 ? List.of() : spans(response.json());
    }

    private static List<TraceSpan> spans(tools.jackson.databind.JsonNode trace) {
        List<TraceSpan> spans = new ArrayList<>();
        trace.forEach(span -> spans.add(TraceSpan.of(span)));
        return spans;
    }
}
