package dev.nicepick.topics;

import dev.nicepick.web.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** Everyone reads; editors write. */
@Configuration
class TopicsSecurity {

    static final String EDITOR = "editor";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.build(http, auth -> auth
                .requestMatchers(ServiceSecurity.reads("/api/topics", "/api/topics/**")).permitAll()
                .requestMatchers(POST, "/api/topics", "/api/topics/*/publish", "/api/topics/*/archive").hasRole(EDITOR)
                .requestMatchers(PUT, "/api/topics/*").hasRole(EDITOR));
    }
}
