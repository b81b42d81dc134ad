package dev.nicepick.feedback;

import dev.nicepick.web.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;

/** Readers give, see the summary and withdraw (with their token); moderators list, hide and restore. */
@Configuration
class FeedbackSecurity {

    static final String MODERATOR = "moderator";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.build(http, auth -> auth
                .requestMatchers(POST, "/api/topics/*/feedback").permitAll()
                .requestMatchers(ServiceSecurity.reads("/api/topics/*/feedback/summary")).permitAll()
                .requestMatchers(DELETE, "/api/feedback/*").permitAll()
                .requestMatchers(ServiceSecurity.reads("/api/feedback")).hasRole(MODERATOR)
                .requestMatchers(POST, "/api/feedback/*/hide", "/api/feedback/*/restore").hasRole(MODERATOR));
    }
}
