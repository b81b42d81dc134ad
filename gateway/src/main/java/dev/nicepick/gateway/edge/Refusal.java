package dev.nicepick.gateway.edge;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * A request the gateway refuses itself, before any service sees it; {@link Refusals} answers it as a problem
 * (API paths) or an error page (page paths).
 *
 * @param headers extra response headers, e.g. {@code Allow} for 405 or {@code Location} for a redirect
 */
public record Refusal(HttpStatus status, String detail, List<Problems.FieldProblem> errors, HttpHeaders headers) {

    public static Refusal of(HttpStatus status, String detail) {
        return new Refusal(status, detail, List.of(), HttpHeaders.EMPTY);
    }

    /** A broken rule of one parameter, header or path part: 400 naming it. */
    public static Refusal invalid(String field, String rule, String message) {
        return new Refusal(HttpStatus.BAD_REQUEST, field + ": " + message,
                List.of(new Problems.FieldProblem(field, rule, message)), HttpHeaders.EMPTY);
    }
}
