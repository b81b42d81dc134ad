package dev.nicepick.feedback.intake;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.web.problem.Problems;

import java.util.regex.Pattern;

/**
 * The reader is {@code X-Reader-Key}, which only the gateway may set: without its credential the header is removed
 * before a controller reads it (see {@code GatewayTrustFilter}), and whatever needs a reader is refused.
 */
public final class ReaderKeys {

    /** Reader keys and Idempotency-Keys alike: 8 to 128 letters, digits or {@code ._:-}. */
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    /**
     * @return the reader as stored: the SHA-256 of the key, never the key itself
     * @throws dev.nicepick.web.problem.ApiProblem 400 naming {@code X-Reader-Key} when it is absent or malformed
     */
    public static String readerOf(String readerKey) {
        return Hashes.sha256(require(readerKey));
    }

    /** @return the key, when well-formed; else 400 as {@link #readerOf} */
    static String require(String readerKey) {
        if (readerKey == null || !KEY.matcher(readerKey).matches()) {
            throw Problems.invalid(HeaderNames.READER_KEY, "ReaderKey", "a reader key of 8 to 128 letters, digits or ._:- is required");
        }
        return readerKey;
    }

    private ReaderKeys() {
    }
}
