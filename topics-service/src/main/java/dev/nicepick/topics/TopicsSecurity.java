package dev.nicepick.topics;

import dev.nicepick.api.Roles;
import dev.nicepick.drills.DrillAccess;
import dev.nicepick.web.security.ServiceAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.nicepick.web.security.ServiceSecurity.reads;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

/** Everyone reads; editors write; the lab's fault drills as {@code DrillAccess} says. The rest of the service's security is web-support's ({@code ServiceSecurity}). */
@Configuration(proxyBeanMethods = false)
class TopicsSecurity {

    @Bean
    ServiceAccess topicsAccess() {
        return auth -> DrillAccess.rules(auth)
                .requestMatchers(reads("/api/topics", "/api/topics/**", "/api/technologies", "/api/technologies/**")).permitAll()
                .requestMatchers(reads("/api/lab/lag")).permitAll()
                .requestMatchers(POST, "/api/topics", "/api/topics/*/publish", "/api/topics/*/archive").hasRole(Roles.EDITOR)
                .requestMatchers(PUT, "/api/topics/*").hasRole(Roles.EDITOR);
    }
}
