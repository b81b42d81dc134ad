package dev.nicepick.tokens;

import dev.nicepick.api.Roles;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/**
 * What a locally signed token is, for whoever signs or checks one (the services, the gateway,
 * {@code bin/mint-token}'s counterpart in tests): HS256 over the secret's UTF-8 bytes, issuer
 * {@value Roles#LOCAL_ISSUER}, and the usual time checks.
 */
public final class LocalTokens {

    public static final MacAlgorithm ALGORITHM = MacAlgorithm.HS256;

    /** The HMAC key made of the secret's UTF-8 bytes ({@link LocalTokenSettings} checks its length). */
    public static SecretKey key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** Expiry and not-before (with Spring Security's 60 s of clock skew) and issuer {@value Roles#LOCAL_ISSUER}. */
    public static OAuth2TokenValidator<Jwt> validator() {
        return JwtValidators.createDefaultWithIssuer(Roles.LOCAL_ISSUER);
    }

    private LocalTokens() {
    }
}
