package dev.nicepick.lab;

import dev.nicepick.api.HeaderNames;

/**
 * What a reader got from one request through the gateway, the lab's availability classes: served fresh, served
 * stale (the gateway's marked fallback: {@code X-Verdict-Stale: true} and {@code "stale":true}), refused honestly
 * (503), or anything else (another error, a time-out, no connection).
 */
public enum AnswerKind {
    FRESH, STALE, REFUSED, OTHER;

    /**
     * Classifies one answer.
     *
     * @param status      the HTTP status, or 0 when no answer came (time-out, connection refused)
     * @param staleHeader the value of {@link HeaderNames#VERDICT_STALE}, or null
     * @param body        the answer's body, or null
     */
    public static AnswerKind of(int status, String staleHeader, String body) {
        if (status == 503) {
            return REFUSED;
        }
        if (status < 200 || status > 299) {
            return OTHER;
        }
        boolean stale = "true".equalsIgnoreCase(staleHeader) || (body != null && body.contains("\"stale\":true"));
        return stale ? STALE : FRESH;
    }
}
