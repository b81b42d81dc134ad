package dev.nicepick.web.security;

import org.springframework.beans.factory.ObjectProvider;
import dev.nicepick.api.Roles;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;

/**
 * Tokens come from any OIDC issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), or,
 * on a laptop and in tests, are signed with a local secret ({@value #LOCAL_SECRET}); {@code bin/mint-token}
 * makes one.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
public class JwtSecurityAutoConfiguration {

    public static final String LOCAL_SECRET = "nicepick.security.local-secret";

    @Bean
    @ConditionalOnProperty(LOCAL_SECRET)
    JwtDecoder localJwtDecoder(org.springframework.core.env.Environment environment) {
        byte[] secret = environment.getRequiredProperty(LOCAL_SECRET).getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException(LOCAL_SECRET + " must have at least 32 bytes for HS256");
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(Roles.LOCAL_ISSUER));
        return decoder;
    }

    @Bean
    ServiceSecurity serviceSecurity(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        return new ServiceSecurity(mappings);
    }
}
