package dev.nicepick.web.input;

import dev.nicepick.web.problem.FieldProblem;
import dev.nicepick.web.problem.ProblemWriter;
import dev.nicepick.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Refuses, with 400 and one {@code errors[]} entry per offending part, a request whose path, query parameters
 * (names and values) or header values hold a control character ({@link ControlCharacters}), a malformed
 * percent-escape, or bytes that are not UTF-8 (overlong forms such as {@code %C0%80} and stray bytes such as
 * {@code %FF} included). It reads the raw request target and decodes the escapes itself, so nothing
 * downstream (Spring, the database) ever sees such text. Fields: {@code path}, the parameter's name (or
 * {@code query} when the name itself is broken), or the header's name.
 */
public class RequestTextFilter extends OncePerRequestFilter {

    private enum Part { PATH, QUERY, HEADER }

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
                    check(decode(rawName, Part.QUERY), parameter.substring(equals + 1), Part.QUERY, problems);
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
        byte[] bytes = bytes(raw, part);
        if (bytes == null) {
            problems.add(new FieldProblem(field, "PercentEncoding", "has a malformed percent-escape"));
            return false;
        }
        String text = utf8(bytes);
        if (text == null) {
            problems.add(new FieldProblem(field, "Utf8", "must be valid UTF-8"));
            return false;
        }
        if (ControlCharacters.anyIn(text)) {
            problems.add(new FieldProblem(field, ControlCharacters.RULE, ControlCharacters.MESSAGE));
            return false;
        }
        return true;
    }

    /** Only called on text {@link #check} passed. */
    private static String decode(String raw, Part part) {
        return utf8(bytes(raw, part));
    }

    /**
     * The bytes a part stands for: percent-escapes decoded (and {@code +} as a space in a query), other
     * characters as the servlet container gave them (one byte each: it reads raw bytes as ISO-8859-1).
     *
     * @return null when a percent-escape is malformed
     */
    private static byte[] bytes(String raw, Part part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && part != Part.HEADER) {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && part == Part.QUERY) {
                bytes.write(' ');
            } else if (c <= 0xff) {
                bytes.write(c);
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toByteArray();
    }

    /** @return the text, or null when the bytes are not well-formed UTF-8 */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
