package dev.nicepick.web.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own rules of who may call what, as one bean: e.g.
 * {@code auth -> auth.requestMatchers(ServiceSecurity.reads("/api/topics/**")).permitAll()}. Everything else
 * (tokens, roles, open health and descriptions, problems for 401 and 403, what no rule opens) is
 * {@link ServiceSecurity}'s.
 */
@FunctionalInterface
public interface ServiceAccess
        extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
}
