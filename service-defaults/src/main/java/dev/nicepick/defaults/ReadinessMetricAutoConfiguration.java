package dev.nicepick.defaults;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;

/**
 * The gauge {@code nicepick.health.readiness} (Prometheus {@code nicepick_health_readiness}) in every nicepick
 * application, the gateway included: 1 while the instance's readiness group ({@code /actuator/health/readiness}, what
 * Kubernetes' readiness probe asks) is UP, else 0. It lets the alert {@code ServiceNotReady} see an instance that
 * still answers scrapes but would be taken out of its Service. Evaluated when scraped.
 */
@AutoConfiguration
@ConditionalOnClass({HealthEndpoint.class, MeterRegistry.class})
public class ReadinessMetricAutoConfiguration {

    static final String READINESS_GROUP = "readiness";

    /** @param health the health endpoint, asked when scraped: absent (Actuator's health off) reads 0 */
    @Bean
    MeterBinder readinessMetric(ObjectProvider<HealthEndpoint> health) {
        return meters -> Gauge.builder("nicepick.health.readiness", health, ReadinessMetricAutoConfiguration::ready)
                .description("1 while this instance's readiness group is UP, else 0")
                .register(meters);
    }

    private static double ready(ObjectProvider<HealthEndpoint> health) {
        HealthEndpoint endpoint = health.getIfAvailable();
        HealthDescriptor readiness = endpoint == null ? null : endpoint.healthForPath(READINESS_GROUP);
        return readiness != null && Status.UP.equals(readiness.getStatus()) ? 1 : 0;
    }
}
