package dev.nicepick.verdicts;

import dev.nicepick.api.Roles;
import dev.nicepick.drills.DrillAccess;
import dev.nicepick.web.security.ServiceAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.nicepick.web.security.ServiceSecurity.reads;
import static org.springframework.http.HttpMethod.POST;

/**
 * Everyone reads verdicts, the lab's experiments and lag figures; only admins start a recompute of all of them or an
 * experiment; the lab's fault drills as {@code DrillAccess} says. The rest is web-support's ({@code ServiceSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class VerdictsSecurity {

    @Bean
    ServiceAccess verdictsAccess() {
        return auth -> DrillAccess.rules(auth)
                .requestMatchers(reads("/api/verdicts/**")).permitAll()
                .requestMatchers(reads("/api/lab/lag")).permitAll()
                .requestMatchers(POST, "/api/verdicts/recompute").hasRole(Roles.ADMIN)
                .requestMatchers(reads("/api/lab/experiments")).permitAll()
                .requestMatchers(POST, "/api/lab/experiments").hasRole(Roles.ADMIN);
    }
}
