package dev.nicepick.gateway.edge;

import dev.nicepick.api.ProblemTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** RFC 9457 answers the gateway gives itself, shaped like the services' own. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static Map<String, Object> body(HttpStatus status, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ProblemTypes.of(status.value()).toString());
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(JSON.writeValueAsBytes(body(status, title, detail)));
        return response.writeWith(Mono.just(buffer));
    }

    private Problems() {
    }
}
