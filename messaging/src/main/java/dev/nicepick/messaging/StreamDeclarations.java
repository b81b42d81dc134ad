package dev.nicepick.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Creates the streams of {@link StreamTopology} at start-up, before any listener or the outbox relay runs:
 * the suite's streams and the dead-letter topic of every stream a registered {@code @KafkaListener} reads. So
 * adding a listener is the only step to get its dead-letter topic. A broker that is away is logged, as Spring
 * Kafka's admin does, and does not stop the service: readiness reports the broker.
 */
public class StreamDeclarations implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamDeclarations.class);

    private final KafkaAdmin admin;
    private final KafkaListenerEndpointRegistry listeners;
    private final StreamTopology topology;
    private volatile boolean running;

    StreamDeclarations(KafkaAdmin admin, KafkaListenerEndpointRegistry listeners, StreamTopology topology) {
        this.admin = admin;
        this.listeners = listeners;
        this.topology = topology;
    }

    @Override
    public void start() {
        List<String> listened = listeners.getListenerContainers().stream()
                .map(MessageListenerContainer::getContainerProperties)
                .flatMap(properties -> Arrays.stream(Optional.ofNullable(properties.getTopics()).orElse(new String[0])))
                .toList();
        List<NewTopic> topics = topology.topics(listened);
        try {
            admin.createOrModifyTopics(topics.toArray(NewTopic[]::new));
        } catch (KafkaException e) {
            log.error("Could not declare the streams {}: {}", topics.stream().map(NewTopic::name).toList(), e.getMessage());
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Just before the listener containers start (and so before the outbox relay, which starts after them). */
    @Override
    public int getPhase() {
        return listeners.getPhase() - 1;
    }
}
