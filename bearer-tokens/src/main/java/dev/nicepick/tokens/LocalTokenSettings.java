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
        @Secret.Required(variable = "NICEPICK_LOCAL_SECRET") Secret localSecret) {

    /** The property that holds the secret; its presence switches local tokens on. */
    public static final String PROPERTY = "nicepick.security.local-secret";
}
