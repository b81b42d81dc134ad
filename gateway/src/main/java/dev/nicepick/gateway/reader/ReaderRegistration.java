package dev.nicepick.gateway.reader;

import dev.nicepick.gateway.GatewaySettings;
import dev.nicepick.gateway.edge.Problems;
import dev.nicepick.gateway.ratelimit.Buckets;
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

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/readers}: hands a reader the signed cookie that names them when they vote. With a valid cookie
 * already: 200 and the same identity. Without: 201 and a new one, as long as the client's network address has
 * minted fewer than {@code nicepick.gateway.rate-limit.readers-per-hour} in the last hour; then 429 with
 * {@code Retry-After}. Answers are never cached ({@code Cache-Control: no-store}): a shared cache must never hand
 * one reader's identity to another.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderRegistration {

    public static final String PATH = "/api/readers";

    private final ReaderCookie cookie;
    private final ClientIdentity identity;
    private final Buckets buckets;
    private final Buckets.Limit newReaders;

    ReaderRegistration(ReaderCookie cookie, Buckets buckets, GatewaySettings settings) {
        this.cookie = cookie;
        this.identity = new ClientIdentity(cookie);
        this.buckets = buckets;
        this.newReaders = new Buckets.Limit("new-reader", settings.rateLimit().readersPerHour(), Duration.ofHours(1));
    }

    @Bean
    RouterFunction<ServerResponse> readerRoutes() {
        return RouterFunctions.route().POST(PATH, this::register).build();
    }

    private Mono<ServerResponse> register(ServerRequest request) {
        Optional<String> existing = identity.readerOf(request.exchange());
        if (existing.isPresent()) {
            return answer(ServerResponse.ok(), existing.get());
        }
        return buckets.take(newReaders, ClientIdentity.addressOf(request.exchange())).flatMap(probe -> {
            if (probe.isPresent() && !probe.get().isConsumed()) {
                long wait = Math.max(1, Buckets.seconds(probe.get().getNanosToWaitForRefill()));
                return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .bodyValue(Problems.body(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests",
                                "This network address has made " + newReaders.capacity() + " reader identities in the last hour;"
                                        + " keep the nicepick_reader cookie you were given, or try again after Retry-After seconds."));
            }
            String id = ReaderCookie.newReaderId();
            return answer(ServerResponse.status(HttpStatus.CREATED).cookie(cookie.issue(id)), id);
        });
    }

    private static Mono<ServerResponse> answer(ServerResponse.BodyBuilder response, String readerId) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reader", readerId));
    }
}
