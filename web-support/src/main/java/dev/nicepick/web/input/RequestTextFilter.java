package dev.nicepick.web.input;

import dev.nicepick.text.RequestText;
import dev.nicepick.text.RequestText.Part;
import dev.nicepick.web.problem.FieldProblem;
import dev.nicepick.web.problem.ProblemWriter;
import dev.nicepick.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Refuses, with 400 and one {@code errors[]} entry per offending part, a request whose path, query parameters
 * (names and values) or header values hold a control character, a malformed
 * percent-escape, or bytes that are not UTF-8 (overlong forms such as {@code %C0%80} and stray bytes such as
 * {@code %FF} included): the rules of {@link RequestText}, which the gateway keeps too. It reads the raw request target and decodes the escapes itself, so nothing
 * downstream (Spring, the database) ever sees such text. Fields: {@code path}, the parameter's name (or
 * {@code query} when the name itself is broken), or the header's name.
 */
public class RequestTextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldProblem> problems = problemsIn(request);
        if (!problems.isEmpty()) {
            ProblemWriter.write(response, Problems.invalid(problems));
            return;
        }
        chain.doFilter(request, response);
    }

    /** @return one problem per offending part, none for a clean request */
    public static List<FieldProblem> problemsIn(HttpServletRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        check("path", request.getRequestURI(), Part.PATH, problems);
        String query = request.getQueryString();
        if (query != null) {
            for (String parameter : query.split("&")) {
                int equals = parameter.indexOf('=');
                String rawName = equals < 0 ? parameter : parameter.substring(0, equals);
                if (check("query", rawName, Part.QUERY, problems) && equals >= 0) {
                    check(RequestText.decode(rawName, Part.QUERY), parameter.substring(equals + 1), Part.QUERY, problems);
                }
            }
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                check(name, value, Part.HEADER, problems);
            }
        }
        return problems;
    }

    /** @return whether {@code raw} is clean; if not, its problem is added under {@code field} */
    private static boolean check(String field, String raw, Part part, List<FieldProblem> problems) {
        return RequestText.check(raw, part).map(violation -> problems.add(new FieldProblem(field, violation.rule(), violation.message())))
                .isEmpty();
    }
}
