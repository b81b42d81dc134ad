package dev.nicepick.testsupport;

import dev.nicepick.testsupport.kafka.EmbeddedKafkaBroker;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfrastructureTest {

    private final EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();

    @Test
    void brokerKeepsRecordsAcrossARestart() {
        EmbeddedKafkaBroker broker = infrastructure.broker().orElseThrow();
        try (KafkaProbe probe = new KafkaProbe(broker.bootstrapServers(), "infrastructure.restart")) {
            probe.send(new ProducerRecord<>("infrastructure.restart", "k", "before".getBytes(StandardCharsets.UTF_8)));

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            broker.start();

            probe.send(new ProducerRecord<>("infrastructure.restart", "k", "after".getBytes(StandardCharsets.UTF_8)));
            assertThat(probe.await(r -> true, 2, Duration.ofSeconds(60)))
                    .extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                    .containsExactly("before", "after");
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabase() throws Exception {
        String url = infrastructure.jdbcUrl("infrastructure_check");
        try (var connection = DriverManager.getConnection(url, infrastructure.postgresUsername(), infrastructure.postgresPassword())) {
            var result = connection.createStatement().executeQuery("select current_database(), current_setting('server_version_num')::int");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("infrastructure_check");
            assertThat(result.getInt(2)).isGreaterThanOrEqualTo(160000);
        }
    }
}
