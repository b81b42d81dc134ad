package dev.nicepick.drills;

import dev.nicepick.api.Roles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import static dev.nicepick.web.security.ServiceSecurity.reads;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;

/**
 * Who may call the drills' endpoints, for a service's {@code ServiceAccess}: everyone reads them; only admins start
 * and stop drills. E.g. {@code auth -> DrillAccess.rules(auth).requestMatchers(...)...}.
 */
public final class DrillAccess {

    private DrillAccess() {
    }

    /** Adds the drills' rules to {@code auth} and returns it, for the service's own rules to follow. */
    public static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        return auth
                .requestMatchers(reads(DrillsController.PATH)).permitAll()
                .requestMatchers(POST, DrillsController.PATH).hasRole(Roles.ADMIN)
                .requestMatchers(DELETE, DrillsController.CURRENT).hasRole(Roles.ADMIN);
    }
}
