package dev.nicepick.web.redirect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/**
 * The one answer that sends a client to a resource's canonical URL: 301 for GET and HEAD, 308 for every
 * other method (RFC 9110 section 15.4.2 lets clients turn a POST redirected by 301 into a GET; 308, RFC 9110
 * section 15.4.9, makes them repeat the method and body). {@code Location} is the canonical path followed by
 * the query string exactly as sent; no body.
 */
public final class PermanentRedirect {

    /**
     * A day: canonical URLs never change. Not {@code public}: a shared cache then keeps no redirect answered to
     * a request with credentials (RFC 9111 section 3.5), such as an editor's to a draft.
     */
    static final CacheControl CACHING = CacheControl.maxAge(Duration.ofDays(1));

    /** @param path the canonical path, already encoded as it goes on the wire */
    public static void send(HttpServletRequest request, HttpServletResponse response, String path) {
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        String query = request.getQueryString();
        response.setStatus((read ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.PERMANENT_REDIRECT).value());
        response.setHeader(HttpHeaders.LOCATION, query == null ? path : path + "?" + query);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHING.getHeaderValue());
        response.setContentLength(0);
    }

    private PermanentRedirect() {
    }
}
