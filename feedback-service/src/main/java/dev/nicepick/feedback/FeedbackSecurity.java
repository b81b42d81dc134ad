package dev.nicepick.feedback;

import dev.nicepick.api.Roles;
import dev.nicepick.web.security.ServiceAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.nicepick.web.security.ServiceSecurity.reads;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;

/**
 * Readers give, see the summary and withdraw (with their token); moderators list, hide and restore. The rest of
 * the service's security is web-support's ({@code ServiceSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSecurity {

    @Bean
    ServiceAccess feedbackAccess() {
        return auth -> auth
                .requestMatchers(POST, "/api/topics/*/feedback").permitAll()
                .requestMatchers(reads("/api/topics/*/feedback/summary")).permitAll()
                .requestMatchers(DELETE, "/api/feedback/*").permitAll()
                .requestMatchers(reads("/api/feedback")).hasRole(Roles.MODERATOR)
                .requestMatchers(POST, "/api/feedback/*/hide", "/api/feedback/*/restore").hasRole(Roles.MODERATOR);
    }
}
