package dev.nicepick.gateway.lab;

/**
 * What a reader got from a route, as the lab counts it.
 * {@link #FRESH}: the service answered (any status below 500: a 404 for an unknown slug is the service's answer);
 * {@link #STALE}: the verdicts fallback's answer from topics-service, marked {@code X-Verdict-Stale: true};
 * {@link #REFUSED}: a 503 problem (a fallback, the bulkhead or the open breaker saying so honestly);
 * {@link #FAILED}: any other 5xx, or an answer that broke off.
 */
public enum Answer {
    FRESH, STALE, REFUSED, FAILED;

    /** The word used in JSON, CSV and on the page. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
