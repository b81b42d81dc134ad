package dev.nicepick.testsupport.auth;

import dev.nicepick.api.Roles;
import dev.nicepick.tokens.LocalTokens;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Bearer tokens signed like the {@code local} profile's ({@link LocalTokens}: HS256, issuer {@value Roles#LOCAL_ISSUER}). */
public final class Tokens {

    private final SecretKey key;

    public Tokens(String secret) {
        this.key = LocalTokens.key(secret);
    }

    /** Tokens every service under test accepts: signed with this JVM's {@link TestSecrets#localSecret()}. */
    public static Tokens local() {
        return new Tokens(TestSecrets.localSecret());
    }

    public String mint(String subject, String... roles) {
        return sign(new JWTClaimsSet.Builder()
                .issuer(Roles.LOCAL_ISSUER)
                .subject(subject)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .claim(Roles.CLAIM, List.of(roles))
                .build());
    }

    /** A token whose signature no service accepts. */
    public static String forged(String subject, String... roles) {
        return new Tokens("an-attacker-secret-that-is-long-enough-for-hs256").mint(subject, roles);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }
}
