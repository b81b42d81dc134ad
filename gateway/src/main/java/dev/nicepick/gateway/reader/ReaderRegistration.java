package dev.nicepick.gateway.reader;

import dev.nicepick.gateway.GatewaySettings;
import dev.nicepick.gateway.edge.ClientAddress;
import dev.nicepick.gateway.edge.Problems;
import dev.nicepick.gateway.ratelimit.Buckets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.annotations.RouterOperation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /api/readers}: hands a reader the signed cookie that names them when they vote. With a valid cookie
 * already, or a bearer token (whose subject names the reader): 200 and that identity, nothing minted. Without: 201 and a new one, as long as the client's network address has
 * minted fewer than {@code nicepick.gateway.rate-limit.readers-per-hour} in the last hour; then 429 with
 * {@code Retry-After}. Answers are never cached ({@code Cache-Control: no-store}): a shared cache must never hand
 * one reader's identity to another.
 */
@Configuration(proxyBeanMethods = false)
public class ReaderRegistration {

    public static final String PATH = "/api/readers";

    private final ReaderCookie cookie;
    private final Buckets buckets;
    private final Buckets.Limit newReaders;

    ReaderRegistration(ReaderCookie cookie, Buckets buckets, GatewaySettings settings) {
        this.cookie = cookie;
        this.buckets = buckets;
        // all at once each hour, so that an address never makes more than the limit within an hour
        this.newReaders = new Buckets.Limit("new-reader", settings.rateLimit().readersPerHour(), Duration.ofHours(1), false);
    }

    @Bean
    @RouterOperation(path = PATH, method = RequestMethod.POST, operation = @Operation(operationId = "registerReader",
            tags = "Readers", summary = "Get the reader identity a vote needs (the signed nicepick_reader cookie)",
            description = "Without a valid cookie or token: 201 and a new identity in Set-Cookie; with one: 200 and the same"
                    + " identity. One network address may make a limited number of new identities an hour (then 429).",
            responses = {
                    @ApiResponse(responseCode = "201", description = "A new identity, in the nicepick_reader cookie",
                            headers = @Header(name = "Set-Cookie", description = "nicepick_reader=<id>.<signature>; HttpOnly; SameSite=Lax"),
                            content = @Content(schema = @Schema(implementation = Reader.class))),
                    @ApiResponse(responseCode = "200", description = "The identity the cookie or token already names",
                            content = @Content(schema = @Schema(implementation = Reader.class))),
                    @ApiResponse(responseCode = "429", description = "This address has made its new identities for this hour; see Retry-After",
                            content = @Content(mediaType = "application/problem+json"))}))
    RouterFunction<ServerResponse> readerRoutes() {
        return RouterFunctions.route().POST(PATH, this::register).build();
    }

    private Mono<ServerResponse> register(ServerRequest request) {
        ClientIdentity.Client client = ClientIdentity.of(request.exchange());
        if (client != null && client.signedIn()) {
            return answer(ServerResponse.ok(), client.readerKey().orElseThrow()); // the token names the reader already
        }
        Optional<String> existing = cookie.readerOf(request.exchange());
        if (existing.isPresent()) {
            return answer(ServerResponse.ok(), existing.get());
        }
        return buckets.take(newReaders, ClientAddress.of(request.exchange())).flatMap(probe -> {
            if (probe.isPresent() && !probe.get().isConsumed()) {
                long wait = Math.max(1, Buckets.seconds(probe.get().getNanosToWaitForRefill()));
                return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .header(HttpHeaders.RETRY_AFTER, Long.toString(wait))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .bodyValue(Problems.body(HttpStatus.TOO_MANY_REQUESTS,
                                "This network address has made " + newReaders.capacity() + " reader identities in the last hour;"
                                        + " keep the nicepick_reader cookie you were given, or try again after Retry-After seconds."));
            }
            String id = ReaderCookie.newReaderId();
            return answer(ServerResponse.status(HttpStatus.CREATED).cookie(cookie.issue(id)), id);
        });
    }

    /** @param reader the reader's id (or, signed in, the key the services know the user by) */
    record Reader(String reader) {
    }

    private static Mono<ServerResponse> answer(ServerResponse.BodyBuilder response, String readerId) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new Reader(readerId));
    }
}
