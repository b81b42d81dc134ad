package dev.nicepick.web.problem;

import dev.nicepick.api.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The problems services raise; each becomes an RFC 9457 response through {@link ProblemResponses}. Each title is
 * the status's own ({@link ProblemTypes#title}), as the gateway's, so a client sees one vocabulary whichever layer answers.
 */
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
        return new ApiProblem(resolved, title(resolved), detail, List.of());
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(HttpStatus.NOT_FOUND, title(HttpStatus.NOT_FOUND), "No " + what + " '" + id + "'.", List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, title(HttpStatus.CONFLICT), detail, List.of());
    }

    public static ApiProblem invalid(String field, String rule, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, title(HttpStatus.BAD_REQUEST), message,
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
        return new ApiProblem(HttpStatus.BAD_REQUEST, title(HttpStatus.BAD_REQUEST), detail, errors);
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(HttpStatus.PRECONDITION_FAILED, title(HttpStatus.PRECONDITION_FAILED), detail, List.of());
    }

    public static ApiProblem preconditionRequired(String detail) {
        return new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, title(HttpStatus.PRECONDITION_REQUIRED), detail, List.of());
    }

    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, title(HttpStatus.TOO_MANY_REQUESTS), detail, List.of(),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /** 503 with {@code Retry-After}: the request changed nothing and may be sent again as it is. */
    public static ApiProblem unavailable(String detail, long retryAfterSeconds) {
        return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, title(HttpStatus.SERVICE_UNAVAILABLE), detail, List.of(),
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, title(HttpStatus.FORBIDDEN), detail, List.of());
    }

    /** The suite's title of a plain refusal with this status, e.g. {@code Bad Request}. */
    public static String title(HttpStatus status) {
        return ProblemTypes.title(status.value());
    }

    private Problems() {
    }
}
