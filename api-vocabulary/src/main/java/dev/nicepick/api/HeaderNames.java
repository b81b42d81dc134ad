package dev.nicepick.api;

/** The HTTP header names of nicepick's own protocol, spelled once for the gateway, the services and the tests. */
public final class HeaderNames {

    /** Correlation id of a request: kept when well-formed, made otherwise ({@link RequestId}), answered and logged. */
    public static final String REQUEST_ID = "X-Request-Id";
    /** Who votes: set by the gateway only (from the signed reader cookie or the token's subject), never by a client. */
    public static final String READER_KEY = "X-Reader-Key";
    /**
     * The credential the gateway shows the services (a shared secret). A service trusts {@link #READER_KEY} and
     * {@code X-Forwarded-For} only on a request that carries it.
     */
    public static final String GATEWAY_CREDENTIAL = "X-Gateway-Credential";
    /** Makes a repeated write harmless: the same key and body from the same reader get the first answer. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Proves that a reader withdrawing feedback is the one who gave it. */
    public static final String WITHDRAW_TOKEN = "X-Withdraw-Token";
    /** {@code true} on a verdict the gateway served from topics-service's copy while verdict-service was away. */
    public static final String VERDICT_STALE = "X-Verdict-Stale";
    /** The rate-limit fields of draft-ietf-httpapi-ratelimit-headers. */
    public static final String RATE_LIMIT_LIMIT = "RateLimit-Limit";
    public static final String RATE_LIMIT_REMAINING = "RateLimit-Remaining";
    public static final String RATE_LIMIT_RESET = "RateLimit-Reset";

    private HeaderNames() {
    }
}
