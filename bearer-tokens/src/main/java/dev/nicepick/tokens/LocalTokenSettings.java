package dev.nicepick.tokens;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The key of locally signed tokens ({@code nicepick.security.*}); set only in the {@code local} profile
 * (laptops and tests, from {@code NICEPICK_LOCAL_SECRET}), never where an OIDC issuer signs the tokens.
 *
 * @param localSecret HMAC-SHA256 key, {@value #PROPERTY}; a {@link Secret}, no default anywhere
 */
@Validated
@ConfigurationProperties("nicepick.security")
public record LocalTokenSettings(
        @Secret.Required(message = "must be set to a secret of at least " + Secret.MINIMUM_LENGTH
                + " characters: set NICEPICK_LOCAL_SECRET (bin/make-secrets makes one)") Secret localSecret) {

    /** The property that holds the secret; its presence switches local tokens on. */
    public static final String PROPERTY = "nicepick.security.local-secret";
}
