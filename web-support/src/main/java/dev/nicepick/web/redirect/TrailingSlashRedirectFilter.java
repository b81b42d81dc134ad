package dev.nicepick.web.redirect;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * An API path with trailing slashes ({@code /api/topics/rest-vs-grpc/}) is the same resource as without them:
 * answered with a {@link PermanentRedirect} to the path without them, the query kept. Spring MVC matches no
 * trailing slash, so without this such paths were 404. Only paths under {@value #API} are API paths.
 */
public class TrailingSlashRedirectFilter extends OncePerRequestFilter {

    static final String API = "/api/";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith(API) || !path.endsWith("/")) {
            chain.doFilter(request, response);
            return;
        }
        int end = path.length();
        while (path.charAt(end - 1) == '/') {
            end--;
        }
        PermanentRedirect.send(request, response, request.getContextPath() + path.substring(0, end));
    }
}
