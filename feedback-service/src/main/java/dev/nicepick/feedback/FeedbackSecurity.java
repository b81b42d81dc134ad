package dev.nicepick.feedback;

import dev.nicepick.api.Roles;
import dev.nicepick.drills.DrillAccess;
import dev.nicepick.web.security.ServiceAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.nicepick.web.security.ServiceSecurity.reads;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/**
 * Readers give, see the summary and comments, see and withdraw their own vote (or withdraw with their token), mark
 * pros and cons and suggest comparisons; moderators list, hide and restore feedback and read suggestions; the lab's
 * fault drills as {@code DrillAccess} says. The rest
 * of the service's security is web-support's ({@code ServiceSecurity}).
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSecurity {

    @Bean
    ServiceAccess feedbackAccess() {
        return auth -> DrillAccess.rules(auth)
                .requestMatchers(POST, "/api/topics/*/feedback").permitAll()
                .requestMatchers(reads("/api/topics/*/feedback/summary", "/api/topics/*/feedback/comments",
                        "/api/topics/*/feedback/mine", "/api/topics/*/feedback/items")).permitAll()
                .requestMatchers(DELETE, "/api/topics/*/feedback/mine").permitAll()
                .requestMatchers(PUT, "/api/topics/*/feedback/items/*/*/*").permitAll()
                .requestMatchers(DELETE, "/api/topics/*/feedback/items/*/*/*").permitAll()
                .requestMatchers(DELETE, "/api/feedback/*").permitAll()
                .requestMatchers(POST, "/api/suggestions").permitAll()
                .requestMatchers(reads("/api/suggestions")).hasRole(Roles.MODERATOR)
                .requestMatchers(reads("/api/feedback")).hasRole(Roles.MODERATOR)
                .requestMatchers(POST, "/api/feedback/*/hide", "/api/feedback/*/restore").hasRole(Roles.MODERATOR);
    }
}
