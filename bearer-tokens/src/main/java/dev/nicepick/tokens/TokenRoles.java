package dev.nicepick.tokens;

import dev.nicepick.api.Roles;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * A token's roles as Spring Security sees them: each entry of the {@value Roles#CLAIM} claim becomes the
 * authority {@code ROLE_<role>} ({@link Roles#authority}), which {@code hasRole(role)} checks; the principal's
 * name is the token's subject. The gateway and the services read tokens with this one converter.
 */
public final class TokenRoles {

    /** A new converter (servlet); the gateway wraps it in {@code ReactiveJwtAuthenticationConverterAdapter}. */
    public static JwtAuthenticationConverter converter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Roles.CLAIM);
        roles.setAuthorityPrefix(Roles.AUTHORITY_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    private TokenRoles() {
    }
}
