package dev.nicepick.tokens;

import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The key of locally signed tokens ({@code nicepick.security.*}); set only in the {@code local} profile
 * (laptops and tests, from {@code NICEPICK_LOCAL_SECRET}), never where an OIDC issuer signs the tokens.
 *
 * @param localSecret HMAC-SHA256 key, {@value #PROPERTY}; at least 32 characters (so at least the 32 bytes
 *                    RFC 7518 section 3.2 asks of an HS256 key), no default anywhere
 */
@Validated
@ConfigurationProperties("nicepick.security")
public record LocalTokenSettings(
        @Size(min = 32, message = "must have at least 32 characters (HS256 needs a key of 32 bytes or more)") String localSecret) {

    /** The property that holds the secret; its presence switches local tokens on. */
    public static final String PROPERTY = "nicepick.security.local-secret";
}
