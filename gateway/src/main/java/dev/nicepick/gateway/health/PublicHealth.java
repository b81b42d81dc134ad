package dev.nicepick.gateway.health;

import dev.nicepick.gateway.edge.Refusal;
import dev.nicepick.gateway.edge.Refusals;
import dev.nicepick.gateway.page.ReadPredicates;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Map;

/**
 * Health on the public port, as a bare status ({@code {"status":"UP"}}, 200; anything else 503): enough for a load
 * balancer or a container health check, nothing about the system behind it. Details, metrics and circuit
 * breaker states are on the management port ({@code MANAGEMENT_PORT}), which is never published; any other
 * {@code /actuator} path here is a 404.
 */
@Configuration(proxyBeanMethods = false)
public class PublicHealth {

    /** Overall, liveness and readiness (the Kubernetes probe groups). */
    public static final String[] PATHS = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    @Bean
    RouterFunction<ServerResponse> publicHealthRoutes(HealthEndpoint health) {
        return RouterFunctions.route()
                .route(ReadPredicates.getOrHead(PATHS[0]), request -> answer(Mono.fromCallable(health::health)))
                .route(ReadPredicates.getOrHead(PATHS[1]), request -> answer(Mono.fromCallable(() -> health.healthForPath("liveness"))))
                .route(ReadPredicates.getOrHead(PATHS[2]), request -> answer(Mono.fromCallable(() -> health.healthForPath("readiness"))))
                // on the management port Actuator's own mapping comes first; here, nothing else of it exists
                .route(RequestPredicates.path("/actuator/**"), request -> Refusals.write(request.exchange(),
                        Refusal.of(HttpStatus.NOT_FOUND, "Only health is answered here.")).then(Mono.empty()))
                .build();
    }

    /** Health indicators may block (they are the servlet kind): off the event loop. */
    private static Mono<ServerResponse> answer(Mono<HealthDescriptor> descriptor) {
        return descriptor.subscribeOn(Schedulers.boundedElastic())
                .map(HealthDescriptor::getStatus)
                .defaultIfEmpty(Status.UNKNOWN)
                .flatMap(status -> ServerResponse.status(status.equals(Status.UP) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Cache-Control", "no-store")
                        .bodyValue(Map.of("status", status.getCode())));
    }
}
