package dev.nicepick.lag;

import dev.nicepick.web.security.ServiceAccess;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import static dev.nicepick.web.security.ServiceSecurity.reads;

/** A service with nothing but this module (hop vote-to-verdict) and web-support, on the embedded database. */
@SpringBootApplication
public class LagTestApplication {

    @Bean
    ServiceAccess lagAccess() {
        return auth -> auth.requestMatchers(reads("/api/lab/lag")).permitAll();
    }
}
