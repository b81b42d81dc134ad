package dev.nicepick.drills;

import de.codecentric.spring.boot.chaos.monkey.configuration.ChaosMonkeyConfiguration;
import de.codecentric.spring.boot.chaos.monkey.configuration.ChaosMonkeySettings;
import io.micrometer.core.instrument.MeterRegistry;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Fault drills in a servlet service: the endpoints ({@code /api/lab/drills}), the drills' table, and, only where
 * drills may run (Chaos Monkey then loaded, {@link ChaosMonkeyActivation}), the assaults and their watch. The service
 * adds {@link DrillAccess}'s rules to its {@code ServiceAccess}.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, ChaosMonkeyConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(DrillSettings.class)
@Import(DrillsController.class)
public class FaultDrillsAutoConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    DrillSchema drillSchema(DataSource dataSource) {
        return DrillSchema.migrate(dataSource);
    }

    @Bean
    DrillStore drillStore(DrillSchema schema, JdbcClient jdbc) {
        return new DrillStore(schema, jdbc);
    }

    @Bean
    FaultDrills faultDrills(DrillStore store, ObjectProvider<ChaosMonkeyAssaults> assaults, DrillSettings settings,
                            Environment environment, MeterRegistry meters) {
        return new FaultDrills(store, Optional.ofNullable(assaults.getIfAvailable()), settings, environment, meters);
    }

    /** Where the service describes its API (springdoc): the drills' nullable fields. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OpenApiCustomizer.class)
    static class Description {

        @Bean
        NullableDrills nullableDrills() {
            return new NullableDrills();
        }
    }

    /** Present only where Chaos Monkey for Spring Boot is loaded, i.e. where drills may run. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ChaosMonkeySettings.class)
    static class Assaults {

        @Bean
        ChaosMonkeyAssaults chaosMonkeyAssaults(ChaosMonkeySettings chaosMonkey,
                                                ObjectProvider<RequestMappingInfoHandlerMapping> mappings, DrillSettings settings) {
            return new ChaosMonkeyAssaults(chaosMonkey, new AttackedHandlers(mappings), settings);
        }

        @Bean
        DrillWatch drillWatch(FaultDrills drills) {
            return new DrillWatch(drills);
        }
    }
}
