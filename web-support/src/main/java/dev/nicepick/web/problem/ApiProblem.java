package dev.nicepick.web.problem;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/** A request the service refuses, with the reason the caller needs to correct it. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> errors;
    private final Map<String, String> headers;

    public ApiProblem(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        this(status, title, detail, errors, Map.of());
    }

    /** @param headers response headers the caller needs, e.g. Retry-After */
    public ApiProblem(HttpStatus status, String title, String detail, List<FieldProblem> errors, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
