package dev.nicepick.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * A service's one security filter chain: {@link ServiceSecurity}'s shared rules around the service's own
 * {@link ServiceAccess} bean. Tokens come from any OIDC issuer
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}), or, in the {@code local} profile, are signed
 * with the local secret (bearer-tokens' {@code LocalTokensAutoConfiguration}).
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
public class ServiceSecurityAutoConfiguration {

    @Bean
    SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, ServiceAccess access,
                                                   ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        return new ServiceSecurity(mappings).build(http, access);
    }
}
