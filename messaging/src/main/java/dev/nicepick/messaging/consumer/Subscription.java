package dev.nicepick.messaging.consumer;

import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One listener container of this service: its consumer group and the streams it reads. The one reading of the
 * registry that the streams' declaration, the dead-letter counts and the consumer lag share.
 *
 * @param group  the consumer group ({@code groupId} of the {@code @KafkaListener}, else the application's name)
 * @param topics the streams it reads by name (none for a pattern listener)
 */
public record Subscription(String group, List<String> topics) {

    /** @return every registered listener container's subscription, in the registry's order */
    public static List<Subscription> of(KafkaListenerEndpointRegistry registry) {
        return registry.getListenerContainers().stream()
                .map(container -> new Subscription(container.getGroupId(), Arrays.asList(
                        Optional.ofNullable(container.getContainerProperties().getTopics()).orElse(new String[0]))))
                .toList();
    }

    /** @return the streams any of {@code subscriptions} reads, each once */
    public static List<String> streams(List<Subscription> subscriptions) {
        return subscriptions.stream().flatMap(subscription -> subscription.topics().stream()).distinct().toList();
    }
}
