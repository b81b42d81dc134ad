package dev.nicepick.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.tokens.LocalTokenSettings;

import java.util.Map;

/**
 * Points a Spring test context at the shared broker and at a database named after the application
 * ({@code spring.application.name} with dashes as underscores), so each service has a database of its own;
 * and gives it this JVM's {@link TestSecrets} for tokens and for the gateway's credential.
 */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        String application = context.getEnvironment().getProperty("spring.application.name", "nicepick");
        String database = application.replace('-', '_');
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-infrastructure", Map.of(
                "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "spring.datasource.url", infrastructure.jdbcUrl(database),
                "spring.datasource.username", infrastructure.postgresUsername(),
                "spring.datasource.password", infrastructure.postgresPassword(),
                LocalTokenSettings.PROPERTY, TestSecrets.localSecret(),
                "nicepick.gateway-credential", TestSecrets.gatewayCredential())));
    }
}
