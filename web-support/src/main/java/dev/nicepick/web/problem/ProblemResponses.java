package dev.nicepick.web.problem;

import dev.nicepick.text.ControlCharacters;
import dev.nicepick.web.input.TextRuleException;
import dev.nicepick.web.limits.PayloadTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingRequestCookieException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as an RFC 9457 problem, in the API's own words: validation problems list each broken rule
 * with its field ({@code errors: [{field, rule, message}]}), so a client can show the message next to the
 * right input. No message ever carries a Java type, a package, a parser's words or a stack detail: a binding
 * failure becomes {@code UnknownField} ("is not a field of this request"), {@code Type} ("must be a string",
 * "must be a whole number", "must be one of ..."), {@code Json} on field {@code body} ("is not valid JSON
 * (line L, column C)"), {@code Utf8}, {@link ControlCharacters#RULE} or {@code Required}.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    /** Long enough for a pool to drain or a database to fail over; short enough that a reader waits. */
    private static final long DATABASE_RETRY_AFTER_SECONDS = 1;

    private final JsonMapper json;

    /** @param json the mapper request bodies are read with, to spell enum values as clients write them */
    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.status());
        problem.headers().forEach(response::header);
        return response.body(detail(problem.status(), problem.title(), problem.getMessage(), problem.errors()));
    }

    /**
     * The database is away or every connection is busy past the pool's time-out: nothing was written (the
     * transaction never began or was rolled back), so the honest answer is "try again", not "we broke".
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.getMessage());
        return apiProblem(Problems.unavailable("The service cannot reach its database just now; nothing was changed. "
                + "Send the request again (with the same Idempotency-Key for a write).", DATABASE_RETRY_AFTER_SECONDS));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unhandled error", e);
        return ResponseEntity.internalServerError().body(detail(HttpStatus.INTERNAL_SERVER_ERROR, Problems.title(HttpStatus.INTERNAL_SERVER_ERROR),
                "Something went wrong on our side; nothing was changed.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return invalid(e.getBindingResult().getAllErrors().stream().map(error -> new FieldProblem(
                error instanceof FieldError field ? field.getField() : error.getObjectName(),
                error.getCode(), error.getDefaultMessage())).toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        return invalid(e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        result.getMethodParameter().getParameterName(),
                        error.getCodes() == null ? "Invalid" : lastCode(error.getCodes()), error.getDefaultMessage())))
                .toList());
    }

    /** A query parameter, path segment or header that does not convert, e.g. {@code page=abc}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
        return invalid(List.of(new FieldProblem(field, "Type",
                "must be " + ExpectedTypes.describe(e.getRequiredType(), Enum::name))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return required(e.getParameterName());
    }

    /** A missing required header or cookie names it; other binding failures say only what is wrong. */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        if (e instanceof MissingRequestHeaderException header) {
            return required(header.getHeaderName());
        }
        if (e instanceof MissingRequestCookieException cookie) {
            return required(cookie.getCookieName());
        }
        String what = e instanceof MissingRequestValueException ? "is missing a required value" : "cannot be read";
        return invalid(List.of(new FieldProblem("request", "Readable", what)));
    }

    /** An unknown path: Spring's own detail speaks of static resources, which no service has. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(detail(HttpStatus.NOT_FOUND, Problems.title(HttpStatus.NOT_FOUND),
                "Nothing is served at this path.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (cause(e, PayloadTooLargeException.class) != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(detail(HttpStatus.CONTENT_TOO_LARGE,
                    Problems.title(HttpStatus.CONTENT_TOO_LARGE), cause(e, PayloadTooLargeException.class).getMessage(), List.of()));
        }
        JacksonException jackson = cause(e, JacksonException.class);
        return invalid(List.of(jackson == null ? new FieldProblem("body", "Required", "is required") : bodyProblem(jackson)));
    }

    private FieldProblem bodyProblem(JacksonException e) {
        String field = e.getPath().isEmpty() ? "body" : path(e.getPath());
        return switch (e) {
            case TextRuleException text -> new FieldProblem(field, text.violation().rule(), text.violation().message());
            case UnrecognizedPropertyException unknown -> new FieldProblem(field, "UnknownField", "is not a field of this request");
            case MismatchedInputException mismatch -> new FieldProblem(field, "Type",
                    "must be " + ExpectedTypes.describe(mismatch.getTargetType(), this::jsonSpelling));
            case StreamReadException syntax when syntax.getOriginalMessage() != null
                    && syntax.getOriginalMessage().startsWith("Invalid UTF-8") -> new FieldProblem(field, "Utf8", "must be valid UTF-8");
            case StreamReadException syntax -> new FieldProblem("body", "Json", "is not valid JSON" + where(syntax.getLocation()));
            default -> new FieldProblem(field, "Invalid", "is not a valid value here");
        };
    }

    private String jsonSpelling(Enum<?> constant) {
        return json.valueToTree(constant).asString();
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static ResponseEntity<Object> required(String name) {
        return invalid(List.of(new FieldProblem(name, "Required", "is required")));
    }

    private static ResponseEntity<Object> invalid(List<FieldProblem> errors) {
        ApiProblem problem = Problems.invalid(errors);
        return ResponseEntity.badRequest().body(detail(problem.status(), problem.title(), problem.getMessage(), errors));
    }

    private static ProblemDetail detail(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(Problems.typeOf(status));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Problems Spring MVC raises itself (415, 405, 406, 404) get our type URIs too, and details in our words. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setType(Problems.typeOf(status));
            switch (status.value()) {
                case 415 -> problem.setDetail("This operation takes a body of type "
                        + mediaTypes(headers.getAccept().isEmpty() ? headers.getAcceptPatch() : headers.getAccept(), "application/json")
                        + "; send it with that Content-Type.");
                case 406 -> problem.setDetail("This operation answers application/json (problems as application/problem+json);"
                        + " ask for one of them in Accept.");
                default -> { }
            }
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String mediaTypes(List<MediaType> types, String fallback) {
        return types.isEmpty() ? fallback : types.stream().map(Object::toString).collect(Collectors.joining(" or "));
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastCode(String[] codes) {
        return codes[codes.length - 1];
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
