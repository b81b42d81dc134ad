package dev.nicepick.web.gateway;

import dev.nicepick.api.HeaderNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lets the application believe the headers that name a reader ({@code X-Reader-Key}) and a client address
 * ({@code X-Forwarded-For}, {@code Forwarded}) only when the request shows the gateway's credential
 * ({@code X-Gateway-Credential}, compared in constant time); otherwise they are removed before anything reads
 * them, and the client address is the TCP peer. The credential itself is always removed, so nothing can log it.
 * On a trusted request the client address is the first {@code X-Forwarded-For} entry (the gateway sets exactly
 * one, the address it saw).
 */
public class GatewayTrustFilter extends OncePerRequestFilter {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private static final Set<String> ALWAYS_HIDDEN = caseInsensitive(HeaderNames.GATEWAY_CREDENTIAL);
    private static final Set<String> HIDDEN_UNLESS_TRUSTED = caseInsensitive(HeaderNames.GATEWAY_CREDENTIAL,
            HeaderNames.READER_KEY, FORWARDED_FOR, "Forwarded");

    private final byte[] credential;

    public GatewayTrustFilter(String credential) {
        this.credential = credential.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String shown = request.getHeader(HeaderNames.GATEWAY_CREDENTIAL);
        boolean fromGateway = shown != null && MessageDigest.isEqual(shown.getBytes(StandardCharsets.UTF_8), credential);
        chain.doFilter(new TrustedHeaders(request, fromGateway), response);
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(Set.of(names));
        return Collections.unmodifiableSet(set);
    }

    private static final class TrustedHeaders extends HttpServletRequestWrapper {
        private final boolean fromGateway;
        private final Set<String> hidden;

        TrustedHeaders(HttpServletRequest request, boolean fromGateway) {
            super(request);
            this.fromGateway = fromGateway;
            this.hidden = fromGateway ? ALWAYS_HIDDEN : HIDDEN_UNLESS_TRUSTED;
        }

        @Override
        public String getHeader(String name) {
            return hidden.contains(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden.contains(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden.contains(name)).toList());
        }

        @Override
        public long getDateHeader(String name) {
            return hidden.contains(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public int getIntHeader(String name) {
            return hidden.contains(name) ? -1 : super.getIntHeader(name);
        }

        @Override
        public String getRemoteAddr() {
            String forwarded = fromGateway ? super.getHeader(FORWARDED_FOR) : null;
            if (forwarded == null || forwarded.isBlank()) {
                return super.getRemoteAddr();
            }
            int comma = forwarded.indexOf(',');
            return (comma < 0 ? forwarded : forwarded.substring(0, comma)).trim();
        }
    }
}
