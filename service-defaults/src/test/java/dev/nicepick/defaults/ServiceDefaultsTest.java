package dev.nicepick.defaults;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite's shared configuration: below everything an application says, services getting more than the gateway. */
class ServiceDefaultsTest {

    @Test
    void aServiceGetsTheSharedDefaultsAndItsOwnSettingsWin() {
        ConfigurableEnvironment environment = environmentWith(Map.of(
                "spring.application.name", "topics-service",
                "management.endpoints.web.exposure.include", "health"));

        postProcess(environment, WebApplicationType.SERVLET);

        assertThat(environment.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo("127.0.0.1:9092");
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).isEqualTo("readinessState,db");
        assertThat(environment.getProperty("management.endpoint.health.group.liveness.include")).isEqualTo("livenessState");
        assertThat(environment.getProperty("management.metrics.tags.application")).isEqualTo("topics-service");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("server.shutdown")).isEqualTo("graceful");
        assertThat(environment.getProperty("spring.lifecycle.timeout-per-shutdown-phase")).isEqualTo("10s");
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
    }

    @Test
    void theGatewayGetsOnlyWhatEveryApplicationShares() {
        ConfigurableEnvironment environment = environmentWith(Map.of("spring.application.name", "gateway"));

        postProcess(environment, WebApplicationType.REACTIVE);

        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
        assertThat(environment.getProperty("management.metrics.tags.application")).isEqualTo("gateway");
        // on Kubernetes Spring Boot would otherwise believe any peer's X-Forwarded-For (TrustedProxyTest)
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("none");
        // a readiness group naming the database and Kafka would stop a gateway, which has neither
        assertThat(environment.getProperty("management.endpoint.health.group.readiness.include")).isNull();
        assertThat(environment.getProperty("spring.jackson.deserialization.fail-on-unknown-properties")).isNull();
    }

    @Test
    void theLocalSecretIsReadOnlyInTheLocalProfile() {
        ConfigurableEnvironment local = environmentWith(Map.of("NICEPICK_LOCAL_SECRET", "s".repeat(32)));
        local.setActiveProfiles("local");
        ConfigurableEnvironment production = environmentWith(Map.of("NICEPICK_LOCAL_SECRET", "s".repeat(32)));

        postProcess(local, WebApplicationType.SERVLET);
        postProcess(production, WebApplicationType.SERVLET);

        assertThat(local.getProperty("nicepick.security.local-secret")).isEqualTo("s".repeat(32));
        assertThat(production.getProperty("nicepick.security.local-secret")).isNull();
        assertThat(local.getProperty("spring.config.activate.on-profile")).isNull();
    }

    @Test
    void everyRequestIsTracedAndSpansGoToZipkinOnlyWhenItsAddressIsGiven() {
        ConfigurableEnvironment plain = environmentWith(Map.of());
        ConfigurableEnvironment withZipkin = environmentWith(Map.of("NICEPICK_ZIPKIN_URL", "http://127.0.0.1:9411"));

        postProcess(plain, WebApplicationType.REACTIVE);
        postProcess(withZipkin, WebApplicationType.SERVLET);

        assertThat(plain.getProperty("management.tracing.sampling.probability")).isEqualTo("1.0");
        assertThat(plain.getProperty("management.tracing.export.zipkin.enabled")).isEqualTo("false");
        assertThat(plain.getProperty("spring.reactor.context-propagation")).isEqualTo("auto");
        assertThat(withZipkin.getProperty("management.tracing.export.zipkin.enabled")).isEqualTo("true");
        assertThat(withZipkin.getProperty("management.tracing.export.zipkin.endpoint"))
                .isEqualTo("http://127.0.0.1:9411/api/v2/spans");
        assertThat(withZipkin.getProperty(ServiceDefaults.WHEN_SET)).isNull();
    }

    @Test
    void anApplicationTakesTheDefaultsBelowItsCommandLine() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE)
                .run("--spring.application.name=probe", "--management.endpoint.health.show-details=never")) {
            assertThat(context.getEnvironment().getProperty("management.metrics.tags.application")).isEqualTo("probe");
            assertThat(context.getEnvironment().getProperty("management.endpoint.health.show-details")).isEqualTo("never");
            assertThat(context.getEnvironment().getProperty("management.endpoint.health.probes.enabled")).isEqualTo("true");
        }
    }

    private static ConfigurableEnvironment environmentWith(Map<String, Object> applicationProperties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("application", applicationProperties));
        return environment;
    }

    private static void postProcess(ConfigurableEnvironment environment, WebApplicationType type) {
        SpringApplication application = new SpringApplication();
        application.setWebApplicationType(type);
        new ServiceDefaults().postProcessEnvironment(environment, application);
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
