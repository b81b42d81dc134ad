package dev.nicepick.gateway.api;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.OPTIONS;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * The public API as the gateway exposes it: every path, the methods it takes and who may call each. It is the
 * one source for the gateway's authorization rules ({@code EdgeSecurity}), its 404 and 405 answers
 * ({@link EndpointCheck}) and the methods CORS allows. The services check roles again; this table must list
 * each operation they publish (their OpenAPI descriptions) and nothing else.
 */
public final class ApiEndpoints {

    /** Who may call an operation. */
    public enum Access {
        /** anyone, anonymous included */
        EVERYONE,
        /** a reader with a stable identity: the signed reader cookie or a token ({@code POST /api/readers} gives one) */
        READER,
        EDITOR,
        MODERATOR,
        ADMIN
    }

    /**
     * One operation.
     *
     * @param pattern a Spring {@link PathPattern}, e.g. {@code /api/topics/{slug}}
     */
    public record Endpoint(HttpMethod method, String pattern, Access access) {

        /** The pattern with each variable as {@code *}, as Spring Security's path matchers take it. */
        public String wildcardPattern() {
            return pattern.replaceAll("\\{[^}]+}", "*");
        }
    }

    public static final List<Endpoint> ALL = List.of(
            new Endpoint(GET, "/api/topics", Access.EVERYONE),
            new Endpoint(POST, "/api/topics", Access.EDITOR),
            new Endpoint(GET, "/api/topics/{slug}", Access.EVERYONE),
            new Endpoint(PUT, "/api/topics/{slug}", Access.EDITOR),
            new Endpoint(GET, "/api/topics/{slug}/related", Access.EVERYONE),
            new Endpoint(POST, "/api/topics/{slug}/publish", Access.EDITOR),
            new Endpoint(POST, "/api/topics/{slug}/archive", Access.EDITOR),
            new Endpoint(GET, "/api/technologies", Access.EVERYONE),
            new Endpoint(GET, "/api/technologies/{key}", Access.EVERYONE),
            new Endpoint(POST, "/api/topics/{slug}/feedback", Access.READER),
            new Endpoint(GET, "/api/topics/{slug}/feedback/summary", Access.EVERYONE),
            new Endpoint(GET, "/api/topics/{slug}/feedback/mine", Access.READER),
            new Endpoint(DELETE, "/api/topics/{slug}/feedback/mine", Access.READER),
            new Endpoint(GET, "/api/topics/{slug}/feedback/comments", Access.EVERYONE),
            new Endpoint(GET, "/api/topics/{slug}/feedback/items", Access.EVERYONE),
            new Endpoint(PUT, "/api/topics/{slug}/feedback/items/{option}/{list}/{index}", Access.READER),
            new Endpoint(DELETE, "/api/topics/{slug}/feedback/items/{option}/{list}/{index}", Access.READER),
            new Endpoint(POST, "/api/suggestions", Access.READER),
            new Endpoint(GET, "/api/suggestions", Access.MODERATOR),
            new Endpoint(GET, "/api/feedback", Access.MODERATOR),
            new Endpoint(DELETE, "/api/feedback/{id}", Access.EVERYONE),
            new Endpoint(POST, "/api/feedback/{id}/hide", Access.MODERATOR),
            new Endpoint(POST, "/api/feedback/{id}/restore", Access.MODERATOR),
            new Endpoint(GET, "/api/verdicts/{slug}", Access.EVERYONE),
            new Endpoint(GET, "/api/verdicts/{slug}/history", Access.EVERYONE),
            new Endpoint(GET, "/api/verdicts/{slug}/feed", Access.EVERYONE),
            new Endpoint(GET, "/api/verdicts/feed", Access.EVERYONE),
            new Endpoint(POST, "/api/verdicts/recompute", Access.ADMIN),
            new Endpoint(GET, "/api/lab/experiments", Access.EVERYONE),
            new Endpoint(POST, "/api/lab/experiments", Access.ADMIN),
            // answered by the gateway itself: hands out the signed reader cookie
            new Endpoint(POST, "/api/readers", Access.EVERYONE));

    private static final Set<HttpMethod> SAFE = Set.of(GET, HEAD, OPTIONS);

    /**
     * Whether a method only reads (RFC 9110 section 9.2.1, the safe methods the API takes): counted against the read
     * limit, and safe to send again without asking.
     */
    public static boolean isRead(HttpMethod method) {
        return SAFE.contains(method);
    }

    private static final List<Parsed> PARSED = ALL.stream()
            .map(endpoint -> new Parsed(endpoint, PathPatternParser.defaultInstance.parse(endpoint.pattern())))
            .toList();

    private record Parsed(Endpoint endpoint, PathPattern pattern) {
    }

    /**
     * The methods a path takes, as an {@code Allow} header lists them: HEAD wherever GET is, OPTIONS always;
     * empty when the path is no API operation at all.
     */
    public static Set<HttpMethod> allowedMethods(String path) {
        PathContainer container = PathContainer.parsePath(path);
        Set<HttpMethod> methods = new LinkedHashSet<>();
        PARSED.stream().filter(parsed -> parsed.pattern().matches(container)).forEach(parsed -> {
            methods.add(parsed.endpoint().method());
            if (parsed.endpoint().method() == GET) {
                methods.add(HEAD);
            }
        });
        if (!methods.isEmpty()) {
            methods.add(OPTIONS);
        }
        return methods;
    }

    /** Who may call {@code method} on {@code path}, or {@link Access#EVERYONE} for what is no operation (refused elsewhere). */
    public static Access accessOf(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        HttpMethod asked = method == HEAD ? GET : method;
        return PARSED.stream()
                .filter(parsed -> parsed.endpoint().method() == asked && parsed.pattern().matches(container))
                .map(parsed -> parsed.endpoint().access())
                .findFirst().orElse(Access.EVERYONE);
    }

    private ApiEndpoints() {
    }
}
