package dev.nicepick.web.requestid;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.api.RequestId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Keeps the caller's {@value #HEADER} when it is well-formed (the gateway sets one), otherwise makes one
 * ({@link RequestId}); puts it in the logging context, where the outbox also takes it for the events the request
 * causes, and answers with it.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = HeaderNames.REQUEST_ID;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestId.keepOrMake(request.getHeader(HEADER));
        MDC.put(RequestId.LOG_KEY, id);
        response.setHeader(HEADER, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestId.LOG_KEY);
        }
    }
}
