package dev.nicepick.gateway.reader;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.api.ProblemTypes;
import dev.nicepick.gateway.api.ApiEndpoints;
import dev.nicepick.gateway.edge.ClientAddress;
import dev.nicepick.gateway.edge.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Names the client of each request, after the token is checked: a signed-in user by the token's subject (to the
 * services, as a digest of it, so that any subject makes a valid reader key), a reader
 * by the signed cookie that {@code POST /api/readers} hands out, anyone else by network address. A user's or
 * reader's name goes to the services as {@value HeaderNames#READER_KEY}; the name keys the rate limits. An
 * operation only readers may call ({@link ApiEndpoints.Access#READER}: voting) is refused with 403 and the problem
 * type {@link ProblemTypes#READER_IDENTITY_REQUIRED} when the client has neither cookie nor token: a vote must
 * count for someone who can be counted once.
 */
public class ClientIdentity implements WebFilter {

    private static final String ATTRIBUTE = ClientIdentity.class.getName();
    private static final String USER = "user:";

    private final ReaderCookie cookie;

    public ClientIdentity(ReaderCookie cookie) {
        this.cookie = cookie;
    }

    /**
     * Who a request is from.
     *
     * @param key       what rate limits count by: {@code user:<subject>}, {@code reader:<id>} or {@code address:<ip>}
     * @param readerKey who votes, when the client is a user or a reader
     */
    public record Client(String key, Optional<String> readerKey) {

        /** Whether a bearer token named the client. */
        public boolean signedIn() {
            return key.startsWith(USER);
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> USER + auth.getName())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(user -> {
                    Client client = identify(exchange, user);
                    exchange.getAttributes().put(ATTRIBUTE, client);
                    if (client.readerKey().isEmpty() && ApiEndpoints.accessOf(exchange.getRequest().getMethod(),
                            exchange.getRequest().getPath().value()) == ApiEndpoints.Access.READER) {
                        return Problems.write(exchange.getResponse(), Problems.body(ProblemTypes.READER_IDENTITY_REQUIRED,
                                HttpStatus.FORBIDDEN, "Reader identity required",
                                "A vote counts only for a reader who can be counted once: send POST /api/readers first and"
                                        + " keep the nicepick_reader cookie it sets (or sign in with a bearer token), then send"
                                        + " the vote again with that cookie.", List.of()));
                    }
                    return chain.filter(client.readerKey().map(key -> exchange.mutate()
                            .request(r -> r.headers(h -> h.set(HeaderNames.READER_KEY, key))).build()).orElse(exchange));
                });
    }

    public static Client of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    private Client identify(ServerWebExchange exchange, Optional<String> user) {
        if (user.isPresent()) {
            // a subject may hold any character (auth0|5f7c..., an e-mail): the services get a fixed-form digest of it
            return new Client(user.get(), Optional.of(USER + digest(user.get())));
        }
        Optional<String> reader = cookie.readerOf(exchange).map(id -> "reader:" + id);
        return reader.map(key -> new Client(key, Optional.of(key)))
                .orElseGet(() -> new Client("address:" + ClientAddress.of(exchange), Optional.empty()));
    }

    /** SHA-256, URL-safe Base64 without padding: 43 characters of {@code [A-Za-z0-9_-]}, whatever the subject. */
    private static String digest(String subject) {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
