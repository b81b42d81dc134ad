package dev.nicepick.gateway.page;

import dev.nicepick.gateway.edge.Refusal;
import dev.nicepick.gateway.edge.Refusals;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * The web page is one document, served at {@code /} whatever the {@code Accept} header says; {@code /compare/{slug}} opens it on that comparison, once topics-service has said
 * the comparison exists: a variant of its slug (other case, other order of the options) redirects (301) to the
 * canonical page, an unknown one is a real 404 page. When topics-service cannot say, the page is served and tells
 * the reader itself.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes {

    private final TopicLookup topics;

    PageRoutes(TopicLookup topics) {
        this.topics = topics;
    }

    @Bean
    RouterFunction<ServerResponse> comparisonPages(@Value("classpath:/static/index.html") Resource page) {
        return RouterFunctions.route()
                .route(ReadPredicates.getOrHead("/"), request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
                .route(ReadPredicates.getOrHead("/compare/{slug}"), request -> comparison(request, page))
                .build();
    }

    private Mono<ServerResponse> comparison(ServerRequest request, Resource page) {
        String slug = request.pathVariable("slug");
        return topics.find(slug).flatMap(found -> switch (found) {
            case TopicLookup.Found.Canonical canonical -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page);
            case TopicLookup.Found.Elsewhere elsewhere -> ServerResponse.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/compare/" + elsewhere.canonicalSlug())).build();
            case TopicLookup.Found.Missing missing -> Refusals.write(request.exchange(), Refusal.of(HttpStatus.NOT_FOUND,
                    "There is no comparison called '" + slug + "'.")).then(Mono.empty());
            case TopicLookup.Found.Unknown unknown -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page);
        });
    }
}
