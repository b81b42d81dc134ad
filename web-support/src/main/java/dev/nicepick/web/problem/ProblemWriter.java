package dev.nicepick.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes an RFC 9457 problem where Spring MVC's handlers do not reach: in servlet filters and security. */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A plain refusal with the status's own type and title ({@link Problems#title}). */
    public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        write(response, new ApiProblem(status, Problems.title(status), detail, List.of()));
    }

    /** The problem with its {@code errors} (when any) and its headers (e.g. Retry-After). */
    public static void write(HttpServletResponse response, ApiProblem problem) throws IOException {
        response.setStatus(problem.status().value());
        problem.headers().forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json(problem).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem's body: {@code type, title, status, detail} and {@code errors} when any. */
    public static String json(ApiProblem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.typeOf(problem.status()));
        body.put("title", problem.title());
        body.put("status", problem.status().value());
        body.put("detail", problem.getMessage());
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        return JSON.writeValueAsString(body);
    }

    private ProblemWriter() {
    }
}
