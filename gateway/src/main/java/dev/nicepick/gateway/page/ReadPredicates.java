package dev.nicepick.gateway.page;

import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;

/** For the gateway's own router functions: WebFlux's {@code GET} predicate does not match HEAD, which must answer too. */
public final class ReadPredicates {

    /** GET, and HEAD, which answers as GET without the body (RFC 9110 section 9.3.2). */
    public static RequestPredicate getOrHead(String pattern) {
        return RequestPredicates.GET(pattern).or(RequestPredicates.HEAD(pattern));
    }

    private ReadPredicates() {
    }
}
