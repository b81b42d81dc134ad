package dev.nicepick.gateway.edge;

import dev.nicepick.api.ProblemTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** RFC 9457 answers the gateway gives itself, with the suite's problem types ({@link ProblemTypes}). */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One broken rule of a request, as the services list them.
     *
     * @param field the parameter, header or path part at fault (e.g. {@code category}, {@code path})
     * @param rule  the rule's name (e.g. {@code NoControlCharacters}, {@code Utf8}, {@code CanonicalEncoding})
     */
    public record FieldProblem(String field, String rule, String message) {
    }

    /** A plain refusal: the status's own type and title ({@link ProblemTypes}), the services' words for it. */
    public static Map<String, Object> body(HttpStatus status, String detail) {
        return body(status, detail, List.of());
    }

    /** {@code {type, title, status, detail, errors?}}; {@code errors} only when there are any. */
    public static Map<String, Object> body(HttpStatus status, String detail, List<FieldProblem> errors) {
        return body(ProblemTypes.of(status.value()), status, ProblemTypes.title(status.value()), detail, errors);
    }

    /** @param type a problem type more specific than the status's own, from {@link ProblemTypes} */
    public static Map<String, Object> body(URI type, HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
        return body;
    }

    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String detail) {
        return write(response, status, detail, List.of());
    }

    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String detail, List<FieldProblem> errors) {
        return write(response, body(status, detail, errors));
    }

    /** Writes a problem made by one of the {@code body} methods. */
    public static Mono<Void> write(ServerHttpResponse response, Map<String, Object> body) {
        HttpStatus status = HttpStatus.valueOf((Integer) body.get("status"));
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setCacheControl("no-store");
        DataBuffer buffer = response.bufferFactory().wrap(JSON.writeValueAsBytes(body));
        return response.writeWith(Mono.just(buffer));
    }

    private Problems() {
    }
}
