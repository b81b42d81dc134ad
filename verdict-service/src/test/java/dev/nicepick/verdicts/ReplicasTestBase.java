package dev.nicepick.verdicts;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.awaitility.Awaitility.await;

/**
 * For tests of work spread over verdict-service's replicas: this test's instance and, when a test asks, a second one
 * on the same database and broker (closed after the test), reading the commands stream as one consumer group.
 */
abstract class ReplicasTestBase extends VerdictServiceTestBase {

    /** The commands stream's partitions (verdicts.commands.v1), which the replicas share out. */
    static final int COMMAND_PARTITIONS = 6;
    private static final String COMMANDS_LISTENER = "recompute-commands";

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    ConfigurableApplicationContext replica;

    @AfterEach
    void stopReplica() {
        if (replica != null) {
            replica.close();
        }
    }

    /** Starts a second instance named {@code replica-2} and waits until the two share every commands partition. */
    void startSecondReplica() {
        replica = startAnotherInstance(VerdictsApplication.class, "--nicepick.verdict.instance-id=replica-2");
        MessageListenerContainer mine = listeners.getListenerContainer(COMMANDS_LISTENER);
        MessageListenerContainer theirs = replica.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(COMMANDS_LISTENER);
        await().atMost(DEADLINE).until(() -> !mine.getAssignedPartitions().isEmpty() && !theirs.getAssignedPartitions().isEmpty()
                && mine.getAssignedPartitions().size() + theirs.getAssignedPartitions().size() == COMMAND_PARTITIONS);
    }

    /** Waits until this instance alone holds every commands partition. */
    void awaitAllCommandPartitions() {
        MessageListenerContainer mine = listeners.getListenerContainer(COMMANDS_LISTENER);
        await().atMost(DEADLINE).until(() -> mine.getAssignedPartitions().size() == COMMAND_PARTITIONS);
    }
}
