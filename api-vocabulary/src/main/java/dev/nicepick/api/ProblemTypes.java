package dev.nicepick.api;

import java.net.URI;
import java.util.Map;

/**
 * The one vocabulary of RFC 9457 problem types for the whole suite. A problem's {@code type} is
 * {@value #BASE} followed by a name; for a plain HTTP refusal the name is the status's reason phrase in
 * lower case with hyphens ({@code 404} -> {@code .../not-found}), so the gateway and every service answer the
 * same problem with the same type. Problems more specific than their status have names of their own (below).
 */
public final class ProblemTypes {

    public static final String BASE = "https://nicepick.dev/problems/";

    /** A vote without a stable reader identity (no signed reader cookie, no token): 403. */
    public static final URI READER_IDENTITY_REQUIRED = URI.create(BASE + "reader-identity-required");

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(409, "Conflict"), Map.entry(412, "Precondition Failed"), Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
            Map.entry(428, "Precondition Required"), Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    /** The type of a plain refusal with this status, e.g. {@code https://nicepick.dev/problems/service-unavailable}. */
    public static URI of(int status) {
        return URI.create(BASE + title(status).toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    }

    /** The status's reason phrase (RFC 9110 section 15), or {@code HTTP <status>} for one without a name here. */
    public static String title(int status) {
        return TITLES.getOrDefault(status, "HTTP " + status);
    }

    private ProblemTypes() {
    }
}
