package dev.nicepick.lag;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;

/**
 * A service with this module records the hop {@code nicepick.lab.lag.hop} names ({@link LagRecorder}) and serves it at
 * {@code GET /api/lab/lag}; the service's own {@code ServiceAccess} makes that path public.
 */
@AutoConfiguration
@EnableConfigurationProperties(LagProperties.class)
public class LagAutoConfiguration {

    /** After the service's own migrations, so its Flyway finds the schema as it left it. */
    @Bean
    @DependsOnDatabaseInitialization
    LagSchema lagSchema(DataSource dataSource) {
        return LagSchema.migrate(dataSource);
    }

    @Bean
    LagRecorder lagRecorder(LagSchema lagSchema, JdbcClient jdbc, LagProperties properties, MeterRegistry meters) {
        return new LagRecorder(jdbc, properties.hop(), meters);
    }

    @Bean
    LagWindows lagWindows(LagSchema lagSchema, JdbcClient jdbc, LagProperties properties) {
        return new LagWindows(jdbc, properties.hop());
    }

    @Bean
    LagPruner lagPruner(LagWindows lagWindows, LagProperties properties) {
        return new LagPruner(lagWindows, properties, Clock.systemUTC());
    }

    @Bean
    LagController lagController(LagWindows lagWindows) {
        return new LagController(lagWindows, Clock.systemUTC());
    }
}
