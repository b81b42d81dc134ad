package dev.nicepick.messaging.outbox;

import dev.nicepick.events.EventCodec;
import dev.nicepick.messaging.MessagingAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

@AutoConfiguration(after = MessagingAutoConfiguration.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /** After the service's own migrations, so its Flyway finds the schema as it left it. */
    @Bean
    @DependsOnDatabaseInitialization
    OutboxSchema outboxSchema(DataSource dataSource) {
        return OutboxSchema.migrate(dataSource);
    }

    /** Without a tracer (an application without the tracing module) rows keep no context and sends start none. */
    @Bean
    OutboxTracing outboxTracing(ObjectProvider<ObservationRegistry> observations, ObjectProvider<Tracer> tracer,
                                ObjectProvider<Propagator> propagator) {
        return new OutboxTracing(observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    OutboxWriter outboxWriter(OutboxSchema outboxSchema, JdbcClient jdbc, EventCodec codec, OutboxRelay outboxRelay,
                              OutboxTracing outboxTracing, @Value("${spring.application.name}") String application) {
        return new OutboxWriter(jdbc, codec, "/" + application, outboxTracing, outboxRelay::wake);
    }

    @Bean
    OutboxBacklog outboxBacklog(OutboxSchema outboxSchema, JdbcClient jdbc) {
        return new OutboxBacklog(jdbc);
    }

    @Bean
    OutboxRelay outboxRelay(OutboxSchema outboxSchema, JdbcClient jdbc, TransactionTemplate transactions,
                            KafkaTemplate<String, byte[]> eventKafkaTemplate, EventCodec codec,
                            OutboxProperties properties, MeterRegistry meters, OutboxTracing outboxTracing) {
        return new OutboxRelay(jdbc, transactions, eventKafkaTemplate, codec, properties, meters, outboxTracing);
    }
}
