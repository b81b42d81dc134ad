package dev.nicepick.web.problem;

import dev.nicepick.api.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The problems services raise; each becomes an RFC 9457 response through {@link ProblemResponses}. */
public final class Problems {

    /** The suite-wide type of a refusal with this status ({@link ProblemTypes}). */
    public static URI typeOf(HttpStatusCode status) {
        return ProblemTypes.of(status.value());
    }

    /**
     * A refusal known only by its status (one the servlet container or a filter sent): the suite's title for
     * the status and a detail that names nothing but the status, since an error's own message may carry class
     * names. An unknown status counts as 500.
     */
    public static ApiProblem ofStatus(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        HttpStatus resolved = known != null && known.isError() ? known : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = resolved.is5xxServerError() ? "Something went wrong on our side; nothing was changed."
                : "The request was refused: " + ProblemTypes.title(resolved.value()) + ".";
        return new ApiProblem(resolved, ProblemTypes.title(resolved.value()), detail, List.of());
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "Not found", "No " + what + " '" + id + "'.", List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }

    public static ApiProblem invalid(String field, String rule, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", message,
                List.of(new FieldProblem(field, rule, message)));
    }

    /**
     * 400 listing every broken rule; the detail is {@code "<field>: <message>"} for one, a count for more.
     *
     * @param errors at least one
     */
    public static ApiProblem invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields break a rule.";
        return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid request", detail, errors);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", detail, List.of());
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "Precondition required", detail, List.of());
    }

    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", detail, List.of(),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
    }

    private Problems() {
    }
}
