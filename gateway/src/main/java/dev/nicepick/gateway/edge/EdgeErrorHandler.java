package dev.nicepick.gateway.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Every error the gateway raises itself (no route or file: 404; a method a handler does not take: 405; an
 * {@code Accept} it cannot meet: 406; a body too large: 413; anything unexpected: 500) answered in the suite's
 * words through {@link Refusals}, instead of Spring's default JSON or its "Whitelabel" page. Runs before Spring
 * Boot's own handler (order -1).
 */
@Component
@Order(-2)
class EdgeErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(EdgeErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        // a client that hung up (a load tool stopping, a reader closing the tab) gets no answer and is no error of ours
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            log.debug("Client went away: {}", error.toString());
            return Mono.empty();
        }
        return Refusals.write(exchange, refusalFor(error));
    }

    private static Refusal refusalFor(Throwable error) {
        if (error instanceof DataBufferLimitException) {
            return Refusal.of(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than the gateway accepts.");
        }
        if (error instanceof ResponseStatusException status && HttpStatus.resolve(status.getStatusCode().value()) instanceof HttpStatus known
                && known.is4xxClientError()) {
            HttpHeaders headers = new HttpHeaders();
            headers.addAll(status.getHeaders());
            return new Refusal(known, detailFor(known), List.of(), headers);
        }
        log.error("Unexpected error at the edge", error);
        return Refusal.of(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was changed.");
    }

    private static String detailFor(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that method; Allow lists those it takes.";
            case NOT_ACCEPTABLE -> "This address cannot answer in a media type the Accept header asks for.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not take a body of that media type.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
