package dev.nicepick.web.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import dev.nicepick.web.input.RequestTextFilter;
import dev.nicepick.api.RequestId;
import dev.nicepick.web.requestid.RequestIdFilter;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own refusals (a request target it cannot decode or normalise, such as {@code /a%00b} or
 * {@code /a%FF}; a header it cannot parse) as RFC 9457 problems ({@link Problems#ofStatus}) instead of its
 * HTML error page; a path refused for its text names {@code path} and the rule, as {@link RequestTextFilter}
 * would. Replaces the host's {@link ErrorReportValve}; writes only when nothing else has.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            // refused before any filter ran: the request id is still answered, as on every other answer
            if (response.getHeader(RequestIdFilter.HEADER) == null) {
                response.setHeader(RequestIdFilter.HEADER, RequestId.keepOrMake(request.getHeader(RequestIdFilter.HEADER)));
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemWriter.json(problem(request, response.getStatus())));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the connection is gone or the answer has begun: nothing more can be said
        }
    }

    /** A 400 for a path Tomcat would not decode names the part, as {@link RequestTextFilter} would have. */
    private static ApiProblem problem(Request request, int status) {
        if (status == 400) {
            try {
                List<FieldProblem> problems = RequestTextFilter.problemsIn(request);
                if (!problems.isEmpty()) {
                    return Problems.invalid(problems);
                }
            } catch (RuntimeException unreadable) {
                // a request Tomcat could not parse may not tell its parts: the plain 400 below
            }
        }
        return Problems.ofStatus(status);
    }
}
