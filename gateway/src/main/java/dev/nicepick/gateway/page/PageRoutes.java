package dev.nicepick.gateway.page;

import dev.nicepick.gateway.GatewaySettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages the gateway renders (Thymeleaf templates in {@code templates/}; docs/pages.md is their contract) and the
 * files crawlers read: {@code /}, {@code /compare/{slug}}, {@code /tech/{key}}, {@code /editor}, {@code /robots.txt},
 * {@code /sitemap.xml}, {@code /favicon.ico} (301 to {@code /favicon.svg}, a static file). Each takes GET and HEAD
 * (answered as GET without the body). A comparison's variant slug redirects (301) to the canonical page; an unknown
 * comparison or technology is a real 404 page; a page whose topics-service is away is a 503 page with
 * {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final HomePage home;
    private final ComparisonPage comparisons;
    private final TechnologyPage technologies;
    private final SiteFiles files;
    private final PageSettings site;
    private final GatewaySettings settings;

    PageRoutes(HomePage home, ComparisonPage comparisons, TechnologyPage technologies, SiteFiles files, PageSettings site,
               GatewaySettings settings) {
        this.home = home;
        this.comparisons = comparisons;
        this.technologies = technologies;
        this.files = files;
        this.site = site;
        this.settings = settings;
    }

    @Bean
    RouterFunction<ServerResponse> pages() {
        return RouterFunctions.route()
                .route(ReadPredicates.getOrHead("/"), request -> answer(request, home.render(request)))
                .route(ReadPredicates.getOrHead("/compare/{slug}"), this::comparison)
                .route(ReadPredicates.getOrHead("/tech/{key}"), request -> answer(request, technologies.render(request.pathVariable("key"))))
                .route(ReadPredicates.getOrHead("/editor"), request -> answer(request, Mono.just(editor())))
                .route(ReadPredicates.getOrHead("/robots.txt"), request -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).bodyValue(files.robots()))
                .route(ReadPredicates.getOrHead("/sitemap.xml"), request -> files.sitemap()
                        .flatMap(xml -> ServerResponse.ok().contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8)).bodyValue(xml))
                        .switchIfEmpty(Mono.defer(() -> answer(request, Mono.just(new PageResult.Unavailable())))))
                .route(ReadPredicates.getOrHead("/favicon.ico"), request -> ServerResponse.status(HttpStatus.MOVED_PERMANENTLY)
                        .location(URI.create("/favicon.svg")).build())
                .build();
    }

    private Mono<ServerResponse> comparison(ServerRequest request) {
        Optional<Integer> commentsPage = QueryParameters.pageNumber(request.queryParam("comments"));
        if (commentsPage.isEmpty()) {
            return answer(request, Mono.just(new PageResult.BadRequest("The comments page must be a number from 1 to "
                    + QueryParameters.LAST_PAGE + ".")));
        }
        return answer(request, comparisons.render(request.pathVariable("slug"), commentsPage.get()));
    }

    private PageResult editor() {
        Map<String, Object> model = new HashMap<>();
        model.put("seo", new Seo("Editors", "Check a comparison's warnings before publishing it.", site.absolute("/editor"),
                "website", null, null, false));
        return new PageResult.Page("editor", model);
    }

    private Mono<ServerResponse> answer(ServerRequest request, Mono<PageResult> result) {
        return result.flatMap(page -> switch (page) {
            case PageResult.Page found -> ServerResponse.ok().contentType(HTML).render(found.view(), found.model());
            case PageResult.Moved moved -> ServerResponse.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(moved.path()
                    + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()))).build();
            case PageResult.NotFound missing -> error(HttpStatus.NOT_FOUND, "Not found", missing.detail());
            case PageResult.BadRequest bad -> error(HttpStatus.BAD_REQUEST, "Bad request", bad.detail());
            case PageResult.Unavailable unavailable -> error(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
                    "This page cannot be shown right now: the service that holds it is not answering. Please try again in a moment.");
        });
    }

    private Mono<ServerResponse> error(HttpStatus status, String heading, String detail) {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", heading);
        model.put("detail", detail);
        // No canonical link or og:url: the address names nothing to index or share.
        model.put("seo", new Seo(heading, detail, null, "website", null, null, false));
        ServerResponse.BodyBuilder response = ServerResponse.status(status).contentType(HTML).header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(settings.retryAfter().toSeconds()));
        }
        return response.render("error", model);
    }
}
