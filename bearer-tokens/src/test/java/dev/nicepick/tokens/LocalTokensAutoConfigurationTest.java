package dev.nicepick.tokens;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.nicepick.api.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Locally signed tokens are checked alike by a service and by the gateway, with one rule for the secret. */
class LocalTokensAutoConfigurationTest {

    private static final String SECRET = "a-local-secret-of-more-than-32-characters";
    private static final AutoConfigurations CONFIGURATION = AutoConfigurations.of(LocalTokensAutoConfiguration.class);

    @Test
    void aServiceAcceptsALocalTokenAndRefusesAnotherIssuers() {
        new WebApplicationContextRunner().withConfiguration(CONFIGURATION)
                .withPropertyValues(LocalTokenSettings.PROPERTY + "=" + SECRET)
                .run(context -> {
                    JwtDecoder decoder = context.getBean(JwtDecoder.class);
                    assertThat(decoder.decode(token(Roles.LOCAL_ISSUER, SECRET)).getClaimAsStringList(Roles.CLAIM))
                            .containsExactly(Roles.EDITOR);
                    assertThatThrownBy(() -> decoder.decode(token("https://issuer.example", SECRET)))
                            .isInstanceOf(JwtValidationException.class);
                    assertThat(context).doesNotHaveBean(ReactiveJwtDecoder.class);
                });
    }

    @Test
    void theGatewayAcceptsALocalTokenAndRefusesOneSignedWithAnotherKey() {
        new ReactiveWebApplicationContextRunner().withConfiguration(CONFIGURATION)
                .withPropertyValues(LocalTokenSettings.PROPERTY + "=" + SECRET)
                .run(context -> {
                    ReactiveJwtDecoder decoder = context.getBean(ReactiveJwtDecoder.class);
                    assertThat(decoder.decode(token(Roles.LOCAL_ISSUER, SECRET)).block().getSubject()).isEqualTo("ed");
                    assertThatThrownBy(() -> decoder.decode(token(Roles.LOCAL_ISSUER, "x" + SECRET)).block())
                            .isInstanceOf(BadJwtException.class);
                    assertThat(context).doesNotHaveBean(JwtDecoder.class);
                });
    }

    @Test
    void aSecretShorterThan32CharactersOrEmptyStopsTheStartNamingThePropertyAndNeverShowingTheSecret() {
        for (String nearMiss : List.of("a-near-miss-of-the-real-secret!", "")) {
            new WebApplicationContextRunner().withConfiguration(CONFIGURATION)
                    .withPropertyValues(LocalTokenSettings.PROPERTY + "=" + nearMiss)
                    .run(context -> {
                        assertThat(context).hasFailed();
                        assertThat(context.getStartupFailure()).rootCause()
                                .hasMessageContaining(LocalTokenSettings.PROPERTY)
                                .hasMessageContaining("at least 32 characters: set NICEPICK_LOCAL_SECRET");
                        for (Throwable failure = context.getStartupFailure(); failure != null && !nearMiss.isEmpty();
                             failure = failure.getCause()) {
                            assertThat(String.valueOf(failure.getMessage())).doesNotContain(nearMiss);
                        }
                    });
        }
        new WebApplicationContextRunner().withConfiguration(CONFIGURATION)
                .withPropertyValues(LocalTokenSettings.PROPERTY + "=" + "s".repeat(32))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    @Test
    void withoutTheSecretTokensAreLeftToTheIssuer() {
        new ApplicationContextRunner().withConfiguration(CONFIGURATION)
                .run(context -> assertThat(context).doesNotHaveBean(LocalTokenSettings.class).doesNotHaveBean(JwtDecoder.class));
    }

    private static String token(String issuer, String secret) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("ed")
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim(Roles.CLAIM, List.of(Roles.EDITOR)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(LocalTokens.key(secret)));
        return jwt.serialize();
    }
}
