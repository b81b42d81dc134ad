package dev.nicepick.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes an RFC 9457 problem where Spring MVC's handlers do not reach: in servlet filters and security. */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Problems.typeOf(status));
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private ProblemWriter() {
    }
}
