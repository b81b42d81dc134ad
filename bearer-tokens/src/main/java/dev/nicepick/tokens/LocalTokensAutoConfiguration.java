package dev.nicepick.tokens;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * In the {@code local} profile ({@value LocalTokenSettings#PROPERTY} set), bearer tokens are checked as
 * {@link LocalTokens} defines them: a {@link JwtDecoder} for the services (servlet) or a
 * {@link ReactiveJwtDecoder} for the gateway. Spring Boot's resource-server configuration, which would
 * otherwise ask an OIDC issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), then backs off.
 * A secret shorter than 32 characters stops the application at start, naming the property.
 */
@AutoConfiguration(before = {OAuth2ResourceServerAutoConfiguration.class, ReactiveOAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnProperty(LocalTokenSettings.PROPERTY)
@EnableConfigurationProperties(LocalTokenSettings.class)
public class LocalTokensAutoConfiguration {

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    JwtDecoder localJwtDecoder(LocalTokenSettings settings) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(LocalTokens.key(settings.localSecret().value()))
                .macAlgorithm(LocalTokens.ALGORITHM).build();
        decoder.setJwtValidator(LocalTokens.validator());
        return decoder;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass(Mono.class)
    static class Reactive {

        @Bean
        ReactiveJwtDecoder localReactiveJwtDecoder(LocalTokenSettings settings) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(LocalTokens.key(settings.localSecret().value()))
                    .macAlgorithm(LocalTokens.ALGORITHM).build();
            decoder.setJwtValidator(LocalTokens.validator());
            return decoder;
        }
    }
}
