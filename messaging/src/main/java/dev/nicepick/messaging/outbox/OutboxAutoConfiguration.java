package dev.nicepick.messaging.outbox;

import dev.nicepick.events.EventCodec;
import dev.nicepick.messaging.MessagingAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
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

    @Bean
    OutboxWriter outboxWriter(OutboxSchema outboxSchema, JdbcClient jdbc, EventCodec codec, OutboxRelay outboxRelay,
                              @Value("${spring.application.name}") String application) {
        return new OutboxWriter(jdbc, codec, "/" + application, outboxRelay::wake);
    }

    @Bean
    OutboxBacklog outboxBacklog(OutboxSchema outboxSchema, JdbcClient jdbc) {
        return new OutboxBacklog(jdbc);
    }

    @Bean
    OutboxRelay outboxRelay(OutboxSchema outboxSchema, JdbcClient jdbc, TransactionTemplate transactions,
                            KafkaTemplate<String, byte[]> eventKafkaTemplate, EventCodec codec,
                            OutboxProperties properties, MeterRegistry meters) {
        return new OutboxRelay(jdbc, transactions, eventKafkaTemplate, codec, properties, meters);
    }
}
