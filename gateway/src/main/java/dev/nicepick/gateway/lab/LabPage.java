package dev.nicepick.gateway.lab;

import dev.nicepick.gateway.page.PageSettings;
import dev.nicepick.gateway.page.ReadPredicates;
import dev.nicepick.gateway.page.Seo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trade-off lab {@code /lab} (docs/pages.md): three panels (availability, consistency, scaling), each with a
 * sentence tying it to the seed comparison's pros and cons, a chart drawn on the server ({@link LabCharts}), the
 * figures behind it in a table ({@link LabFigures}) and JSON and CSV downloads; and the administrators' drill and
 * experiment controls, which only the script sends. Always 200: a panel whose service is away says so.
 * Not cached: the script fetches the page again every 2 seconds to refresh the panels.
 */
@Configuration(proxyBeanMethods = false)
class LabPage {

    static final String PATH = "/lab";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String NONE = "–";

    private final LabFigures figures;
    private final LabCharts charts;
    private final PageSettings site;
    private final LabSettings settings;

    LabPage(LabFigures figures, LabCharts charts, PageSettings site, LabSettings settings) {
        this.figures = figures;
        this.charts = charts;
        this.site = site;
        this.settings = settings;
    }

    /**
     * A route's row: answers by kind, latency percentiles (ms, "–" without answers), and the seconds of the span in
     * which its breaker was not closed.
     */
    record RouteRow(String route, String service, String breaker, long fresh, long stale, long refused, long failed, String p50,
                    String p95, String p99, long openSeconds) {
    }

    /** The last drill as the page shows it; {@code recovery} is a sentence. */
    record DrillView(String service, String fault, String status, String started, String ended, String recovery, List<RouteRow> routes) {
    }

    /** One hop over one span. */
    record HopRow(String scope, String hop, String count, String p50, String p95, String p99, String max) {
    }

    /** One scaling point. */
    record ScalingRow(String mode, int x, String unitsPerSecond, String overheadPerTopicMs, String durationMs, String units, String started) {
    }

    @Bean
    RouterFunction<ServerResponse> labPageRoute() {
        return RouterFunctions.route(ReadPredicates.getOrHead(PATH), request -> Mono.zip(figures.availability(), figures.consistency(),
                        figures.scaling())
                // drawing is CPU work: off the event loop
                .publishOn(Schedulers.boundedElastic())
                .map(found -> model(found.getT1(), found.getT2(), found.getT3()))
                .flatMap(model -> ServerResponse.ok().contentType(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store").render("lab", model)));
    }

    private Map<String, Object> model(LabFigures.Availability availability, LabFigures.Consistency consistency, LabFigures.Scaling scaling) {
        Map<String, Object> model = new HashMap<>();
        model.put("seo", new Seo("The trade-off lab", "Availability, consistency and scale measured live on this site: what "
                + "the Distributed Systems vs Multiprocessing comparison argues, shown by the system itself.", site.absolute(PATH),
                "website", null, null, true));
        model.put("seedPath", "/compare/" + settings.seedSlug());
        model.put("availabilityRows", availability.routes().stream().map(route -> row(route.route(), route.service(), route.breaker(),
                route.totals(), route.seconds().stream().filter(second -> !second.breaker().equals("closed")).count())).toList());
        model.put("availabilityUnavailable", availability.unavailable());
        model.put("windowMinutes", settings.window().toMinutes());
        model.put("drill", drill(availability.lastDrill()));
        model.put("availabilityChart", charts.availability(availability));
        List<HopRow> hops = new ArrayList<>();
        consistency.hops().forEach((hop, lag) -> hops.add(hop("window", hop, lag)));
        if (consistency.lastDrill() != null) {
            consistency.lastDrill().hops().forEach((hop, lag) -> hops.add(hop("last drill", hop, lag)));
        }
        model.put("hopRows", hops);
        model.put("consistencyUnavailable", consistency.unavailable());
        model.put("consistencyChart", charts.consistency(consistency));
        model.put("scalingAvailable", scaling.local() != null);
        model.put("cores", scaling.cores());
        List<ScalingRow> points = new ArrayList<>();
        if (scaling.local() != null) {
            scaling.local().forEach(point -> points.add(scalingRow("local", point)));
            scaling.distributed().forEach(point -> points.add(scalingRow("distributed", point)));
        }
        model.put("scalingRows", points);
        model.put("scalingChart", charts.scaling(scaling));
        return model;
    }

    private static RouteRow row(String route, String service, String breaker, AvailabilityRecorder.Totals totals, long openSeconds) {
        return new RouteRow(route, service, breaker.replace('_', ' '), totals.fresh(), totals.stale(), totals.refused(), totals.failed(),
                ms(totals.p50Ms()), ms(totals.p95Ms()), ms(totals.p99Ms()), openSeconds);
    }

    private DrillView drill(LabFigures.DrillFigures drill) {
        if (drill == null) {
            return null;
        }
        JsonNode shown = drill.drill();
        boolean running = !shown.path("endedAt").isString();
        String recovery = running ? "The drill is running." : drill.recoverySeconds() == null
                ? "Not recovered yet: the breaker is not closed, or not every answer is fresh."
                : "Recovered " + drill.recoverySeconds() + " s after the drill ended.";
        List<RouteRow> routes = new ArrayList<>();
        drill.routes().forEach((route, totals) -> routes.add(row(route, AvailabilityRecorder.ROUTES.get(route), "", totals, 0)));
        return new DrillView(shown.path("service").asString(""), shown.path("fault").asString(""), shown.path("status").asString(""),
                TIME.format(drill.from()), running ? NONE : TIME.format(drill.to()), recovery, routes);
    }

    private static HopRow hop(String scope, String hop, JsonNode lag) {
        if (lag == null) {
            return new HopRow(scope, hop, "unavailable", NONE, NONE, NONE, NONE);
        }
        return new HopRow(scope, hop, number(lag, "count"), number(lag, "p50Ms"), number(lag, "p95Ms"),
                number(lag, "p99Ms"), number(lag, "maxMs"));
    }

    private static ScalingRow scalingRow(String mode, LabFigures.Point point) {
        JsonNode experiment = point.experiment();
        return new ScalingRow(mode, point.x(), String.format(Locale.ROOT, "%.1f", point.unitsPerSecond()),
                point.overheadPerTopicMs() == null ? NONE : String.format(Locale.ROOT, "%.2f", point.overheadPerTopicMs()),
                number(experiment, "durationMs"), number(experiment, "units"),
                experiment.path("startedAt").isString() ? TIME.format(Instant.parse(experiment.path("startedAt").asString())) : NONE);
    }

    private static String number(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).asString() : NONE;
    }

    private static String ms(Long value) {
        return value == null ? NONE : value.toString();
    }
}
