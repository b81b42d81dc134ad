package dev.nicepick.defaults;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Every application's readiness as a number Prometheus can alert on (ServiceNotReady). */
class ReadinessMetricTest {

    @Test
    void theGaugeIsOneWhileTheReadinessGroupIsUpAndZeroWhileTheInstanceRefusesTraffic() {
        try (ConfigurableApplicationContext application = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE).properties("spring.application.name=readiness-test").run()) {
            MeterRegistry meters = application.getBean(MeterRegistry.class);
            assertThat(readiness(meters)).isEqualTo(1.0);

            AvailabilityChangeEvent.publish(application, ReadinessState.REFUSING_TRAFFIC);
            assertThat(readiness(meters)).isEqualTo(0.0);

            AvailabilityChangeEvent.publish(application, ReadinessState.ACCEPTING_TRAFFIC);
            assertThat(readiness(meters)).isEqualTo(1.0);
        }
    }

    private static double readiness(MeterRegistry meters) {
        return meters.get("nicepick.health.readiness").tag("application", "readiness-test").gauge().value();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {
    }
}
