package dev.nicepick.messaging.outbox;

import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.messaging.MessagingTestApplication;
import dev.nicepick.testsupport.EmbeddedInfrastructure;
import dev.nicepick.testsupport.kafka.EmbeddedKafkaBroker;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.nicepick.messaging.TestEvents.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the relay does with rows committed just before its service stops (SIGTERM closes the context): it sends them
 * in its last rounds, or, when Kafka cannot take them, leaves them in the outbox for the next instance. The relay
 * here looks for rows once at start and then only every hour, and the test writes as another replica would (a commit
 * wakes only its own process's relay), so only the stop can send what the test writes.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxRelayShutdownTest {

    private static final String DATABASE = "messaging_relay_shutdown";

    @Test
    void rowsCommittedBeforeTheStopAreSentBeforeTheServiceGoesAway(CapturedOutput output) {
        String kafka = EmbeddedInfrastructure.get().kafkaBootstrapServers();
        List<UUID> topics;
        try (KafkaProbe stream = new KafkaProbe(kafka, Streams.TOPICS)) {
            try (ConfigurableApplicationContext service = start(kafka)) {
                topics = write(service, 5); // more than one batch of two
                assertThat(pending()).isEqualTo(5);
            }

            assertThat(pending()).as("nothing left behind").isZero();
            List<String> keys = stream.await(r -> topics.contains(UUID.fromString(r.key())), 5, DEADLINE).stream()
                    .map(r -> r.key()).toList();
            assertThat(keys).containsExactlyInAnyOrderElementsOf(topics.stream().map(UUID::toString).toList());
        }
        assertThat(output).contains("outbox relay stopped, 0 rows pending");
    }

    @Test
    void rowsKafkaCannotTakeAtTheStopStayInTheOutboxForTheNextInstance(CapturedOutput output) {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts()) {
            broker.start();
            try (ConfigurableApplicationContext service = start(broker.bootstrapServers())) {
                broker.stop();
                write(service, 3);
            }
        }

        assertThat(pending()).as("kept, never lost").isEqualTo(3);
        assertThat(output).contains("outbox relay stopped, 3 rows pending");
        jdbc().sql("delete from outbox_event").update();
    }

    @Test
    void aRelayWaitingForAnAbsentBrokerDoesNotHoldTheStopPastItsPhaseTimeout(CapturedOutput output) {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts()) {
            broker.start();
            // Kafka would be waited for a minute; Spring waits for the relay's stop one second
            try (ConfigurableApplicationContext service = start(broker.bootstrapServers(),
                    "--spring.lifecycle.timeout-per-shutdown-phase=1s", "--spring.kafka.producer.properties.delivery.timeout.ms=60000",
                    "--spring.kafka.producer.properties.request.timeout.ms=30000", "--spring.kafka.producer.properties.max.block.ms=60000")) {
                broker.stop();
                write(service, 3);
            }
            // Spring's own report that it went on without the relay
            assertThat(output).as("the context closed while the relay was still waiting")
                    .containsPattern("Shutdown phase \\d+ ends with 1 bean still running after timeout of 1000ms: \\[outboxRelay\\]");
        }

        assertThat(pending()).as("kept, never lost").isEqualTo(3);
        jdbc().sql("delete from outbox_event").update();
    }

    /**
     * Commits {@code count} events of distinct topics into the service's outbox as another replica would, so the
     * commit does not wake the service's relay; @return their topic ids in the order written
     */
    private static List<UUID> write(ConfigurableApplicationContext service, int count) {
        OutboxWriter outbox = new OutboxWriter(service.getBean(JdbcClient.class), new EventCodec(), "/another-replica",
                service.getBean(OutboxTracing.class), () -> { });
        List<UUID> topics = new ArrayList<>();
        service.getBean(TransactionTemplate.class).executeWithoutResult(status -> IntStream.range(0, count).forEach(i -> {
            UUID topic = UUID.randomUUID();
            outbox.append(new TopicArchived(topic, "shutdown-" + i, 1));
            topics.add(topic);
        }));
        return topics;
    }

    private static long pending() {
        return jdbc().sql("select count(*) from outbox_event").query(Long.class).single();
    }

    private static JdbcClient jdbc() {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        return JdbcClient.create(new DriverManagerDataSource(infrastructure.jdbcUrl(DATABASE),
                infrastructure.postgresUsername(), infrastructure.postgresPassword()));
    }

    private static ConfigurableApplicationContext start(String kafka, String... more) {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + kafka,
                "--spring.datasource.url=" + infrastructure.jdbcUrl(DATABASE),
                "--spring.datasource.username=" + infrastructure.postgresUsername(),
                "--spring.datasource.password=" + infrastructure.postgresPassword(),
                "--nicepick.outbox.poll-interval=1h",
                "--nicepick.outbox.batch-size=2"));
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(MessagingTestApplication.class).web(WebApplicationType.NONE).run(arguments.toArray(String[]::new));
    }
}
