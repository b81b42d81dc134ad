package dev.nicepick.verdicts;

import dev.nicepick.web.security.ServiceSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import static org.springframework.http.HttpMethod.POST;

/** Everyone reads verdicts; only admins start a recompute of all of them. */
@Configuration
class VerdictsSecurity {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServiceSecurity security) throws Exception {
        return security.build(http, auth -> auth
                .requestMatchers(ServiceSecurity.reads("/api/verdicts/**")).permitAll()
                .requestMatchers(POST, "/api/verdicts/recompute").hasRole("admin"));
    }
}
