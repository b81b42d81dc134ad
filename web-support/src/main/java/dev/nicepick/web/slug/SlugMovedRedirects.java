package dev.nicepick.web.slug;

import dev.nicepick.web.redirect.PermanentRedirect;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Answers {@link SlugMoved} with a {@link PermanentRedirect} to the URL as sent with its {@code {slug}} path
 * segment replaced by the canonical slug: the rest of the path and the query stay exactly as they were.
 * Ahead of the problem responses, which would otherwise take it for an unexpected error.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SlugMovedRedirects {

    /** The path variable that carries a slug in every service's mappings. */
    static final String SLUG_SEGMENT = "{slug}";

    @ExceptionHandler(SlugMoved.class)
    void moved(SlugMoved moved, HttpServletRequest request, HttpServletResponse response) {
        PermanentRedirect.send(request, response, canonicalPath(request, moved.canonical()));
    }

    private static String canonicalPath(HttpServletRequest request, String canonical) {
        String contextPath = request.getContextPath();
        String[] segments = request.getRequestURI().substring(contextPath.length()).split("/", -1);
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        int slug = pattern == null ? -1 : Arrays.asList(pattern.split("/", -1)).indexOf(SLUG_SEGMENT);
        if (slug < 0 || slug >= segments.length) {
            throw new IllegalStateException("SlugMoved thrown for a mapping without " + SLUG_SEGMENT + ": " + pattern);
        }
        segments[slug] = UriUtils.encodePathSegment(canonical, StandardCharsets.UTF_8);
        return contextPath + String.join("/", segments);
    }
}
