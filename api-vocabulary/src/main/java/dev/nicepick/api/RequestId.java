package dev.nicepick.api;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one rule for {@value HeaderNames#REQUEST_ID}, kept alike by the gateway and every service: a client's id
 * is kept when it is well-formed (so a caller can follow its own request through the logs), anything else is
 * replaced by a new random UUID; log lines carry it under {@value #LOG_KEY}.
 */
public final class RequestId {

    /** 8 to 64 letters, digits or {@code ._-}: enough for any tracing scheme, nothing that could forge a log line. */
    public static final String PATTERN = "[A-Za-z0-9._-]{8,64}";
    /** The key of the id in the logging context (MDC) and in structured log lines. */
    public static final String LOG_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile(PATTERN);

    /**
     * The id to use for a request.
     *
     * @param given the request's {@value HeaderNames#REQUEST_ID}, or {@code null} without one
     * @return {@code given} when it matches {@link #PATTERN}, else a new random UUID (36 characters)
     */
    public static String keepOrMake(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : random();
    }

    /**
     * A version 4 (random) UUID, RFC 9562 section 5.4. An id names a request, it guards nothing, so it needs to be
     * unique, not unguessable: drawn from the thread's own generator rather than {@link UUID#randomUUID()}'s
     * {@code SecureRandom}, which every request thread would otherwise queue on (one lock and a read of
     * {@code /dev/urandom} each).
     */
    private static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long version4 = random.nextLong() & ~0xF000L | 0x4000L;
        long variant2 = random.nextLong() & ~(0b11L << 62) | (0b10L << 62);
        return new UUID(version4, variant2).toString();
    }

    private RequestId() {
    }
}
