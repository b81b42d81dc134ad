package dev.nicepick.messaging;

import dev.nicepick.events.Streams;
import dev.nicepick.testsupport.EmbeddedInfrastructure;
import dev.nicepick.testsupport.kafka.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a service does at start with the topics Kafka has, each case on a broker of its own (the JVM's shared broker
 * has every topic already). The test application listens to {@code verdicts.commands.v1}, so it needs the four
 * streams and {@code verdicts.commands.v1.DLT}.
 */
class StreamDeclarationsTest {

    private static final StreamTopology TOPOLOGY = new StreamTopology(6, 1, false);
    private static final List<NewTopic> NEEDED = TOPOLOGY.topics(List.of(Streams.VERDICT_COMMANDS));
    private static final String PLATFORM_DECLARES = " - create or fix them on the broker (deploy/k8s/components/kafka-strimzi "
            + "declares them as needed), or let the service create missing ones (NICEPICK_KAFKA_DECLARETOPICS=true)";

    private EmbeddedKafkaBroker broker;
    private Admin admin;

    @BeforeEach
    void ownBroker() {
        broker = EmbeddedKafkaBroker.onFreePorts();
        broker.start();
        admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @AfterEach
    void stopBroker() {
        admin.close();
        broker.stop();
    }

    @Test
    void withoutDeclaringAServiceStopsNamingEveryMissingTopicAndCreatesNone() throws Exception {
        assertThatThrownBy(() -> start("--nicepick.kafka.declare-topics=false"))
                .rootCause().isInstanceOf(TopicsNotAsNeededException.class)
                .hasMessage("Kafka's topics are not as this service needs them: topics.events.v1: missing; "
                        + "feedback.events.v1: missing; verdicts.v1: missing; verdicts.commands.v1: missing; "
                        + "verdicts.commands.v1.DLT: missing" + PLATFORM_DECLARES);
        assertThat(topics()).isEmpty();
    }

    @Test
    void aTopicWithOtherPartitionsStopsTheServiceNamingIt() throws Exception {
        create(topic -> topic.name().equals(Streams.FEEDBACK) ? new NewTopic(topic.name(), 3, (short) 1) : topic);

        assertThatThrownBy(() -> start("--nicepick.kafka.declare-topics=false"))
                .rootCause().isInstanceOf(TopicsNotAsNeededException.class)
                .hasMessage("Kafka's topics are not as this service needs them: "
                        + "feedback.events.v1: has 3 partitions, needs 6" + PLATFORM_DECLARES);
    }

    @Test
    void aServiceThatMayDeclareTopicsNeverChangesOneThatExists() throws Exception {
        create(topic -> topic.name().equals(Streams.FEEDBACK) ? new NewTopic(topic.name(), 3, (short) 1) : topic);

        // raising it to 6 would move keys between partitions and break their order
        assertThatThrownBy(() -> start("--nicepick.kafka.declare-topics=true"))
                .rootCause().isInstanceOf(TopicsNotAsNeededException.class)
                .hasMessageStartingWith("Kafka's topics are not as this service needs them: "
                        + "feedback.events.v1: has 3 partitions, needs 6 - the service creates missing topics");
        assertThat(admin.describeTopics(List.of(Streams.FEEDBACK)).allTopicNames().get(30, TimeUnit.SECONDS)
                .get(Streams.FEEDBACK).partitions()).as("left as it was").hasSize(3);
    }

    @Test
    void aVerdictStreamThatIsNotCompactedStopsTheServiceEvenWhenItMayDeclareTopics() throws Exception {
        create(topic -> topic.name().equals(Streams.VERDICTS) ? new NewTopic(topic.name(), 6, (short) 1)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)) : topic);

        assertThatThrownBy(() -> start("--nicepick.kafka.declare-topics=true"))
                .rootCause().isInstanceOf(TopicsNotAsNeededException.class)
                .hasMessageStartingWith("Kafka's topics are not as this service needs them: "
                        + "verdicts.v1: cleanup.policy is delete, needs compact - the service creates missing topics");
    }

    @Test
    void whenTheBrokerRefusesToCreateTheServiceChecksAndNamesWhatIsMissing() throws Exception {
        create(topic -> topic.name().equals(Streams.deadLetter(Streams.VERDICT_COMMANDS)) ? null : topic);

        // three replicas on a broker of one: Kafka refuses the creation, as it refuses a service without the right to create
        assertThatThrownBy(() -> start("--nicepick.kafka.declare-topics=true", "--nicepick.kafka.replicas=3"))
                .rootCause().isInstanceOf(TopicsNotAsNeededException.class)
                .hasMessageStartingWith("Kafka's topics are not as this service needs them: verdicts.commands.v1.DLT: missing - ");
    }

    @Test
    void withEveryTopicAsNeededTheServiceStartsAndCreatesNothing() throws Exception {
        create(UnaryOperator.identity());
        Set<String> before = topics();

        try (ConfigurableApplicationContext service = start("--nicepick.kafka.declare-topics=false")) {
            assertThat(service.getBean(StreamDeclarations.class).isRunning()).isTrue();
            assertThat(topics()).isEqualTo(before);
        }
    }

    /** Creates the needed topics, each as {@code change} makes it ({@code null}: left out). */
    private void create(UnaryOperator<NewTopic> change) throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        for (NewTopic topic : NEEDED) {
            NewTopic changed = change.apply(topic);
            if (changed != null) {
                topics.add(changed);
            }
        }
        admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
    }

    private Set<String> topics() throws Exception {
        return admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }

    private ConfigurableApplicationContext start(String... arguments) {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        List<String> all = new ArrayList<>(List.of(
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.datasource.url=" + infrastructure.jdbcUrl("messaging_stream_declarations"),
                "--spring.datasource.username=" + infrastructure.postgresUsername(),
                "--spring.datasource.password=" + infrastructure.postgresPassword()));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(MessagingTestApplication.class).web(WebApplicationType.NONE)
                .run(all.toArray(String[]::new));
    }
}
