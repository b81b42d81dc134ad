package dev.nicepick.web.requestid;

import dev.nicepick.api.HeaderNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps the caller's {@value #HEADER} when it is well-formed (the gateway sets one), otherwise makes one;
 * puts it in the logging context, where the outbox also takes it for the events the request causes, and
 * answers with it.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = HeaderNames.REQUEST_ID;
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile(HeaderNames.REQUEST_ID_PATTERN);

    /** The caller's id when well-formed, else a new one. */
    public static String idFor(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String id = idFor(given);
        MDC.put(MDC_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
