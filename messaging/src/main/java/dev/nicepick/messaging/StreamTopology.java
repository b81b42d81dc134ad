package dev.nicepick.messaging;

import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one definition of every stream: its partitions, replicas and cleanup policy. Every service needs every
 * stream of {@link EventType} and the dead-letter topic of each stream its listeners read
 * ({@link StreamDeclarations}); consumers never create topics themselves.
 *
 * @param partitions    the most consumers of one group that can share a stream's work ({@code NICEPICK_KAFKA_PARTITIONS})
 * @param replicas      copies of each partition; 3 in production, 1 on a laptop ({@code NICEPICK_KAFKA_REPLICAS})
 * @param declareTopics {@code true}: the service creates the topics that are missing and never changes one that
 *                      exists (whichever service starts first creates each, the same way);
 *                      {@code false}: the platform declares them (Strimzi {@code KafkaTopic}s) and the service only
 *                      checks them ({@code NICEPICK_KAFKA_DECLARETOPICS})
 */
@ConfigurationProperties("nicepick.kafka")
@Validated
public record StreamTopology(@DefaultValue("6") @Positive int partitions, @DefaultValue("1") @Positive int replicas,
                             @DefaultValue("true") boolean declareTopics) {

    /** @return every stream of the suite, one per distinct {@link EventType#stream()}, in the order of the types */
    public static List<String> streams() {
        return Arrays.stream(EventType.values()).map(EventType::stream).distinct().toList();
    }

    /**
     * @param listened the streams this service's listeners read
     * @return every stream of the suite, then the dead-letter topic of each listened stream, as Kafka should have them
     */
    public List<NewTopic> topics(Collection<String> listened) {
        Stream<String> deadLetters = listened.stream().distinct().sorted().map(Streams::deadLetter);
        return Stream.concat(streams().stream(), deadLetters).map(this::topic).toList();
    }

    /** @return the cleanup policy {@code topic} (one of {@link #topics}) must have: {@code compact} or {@code delete} */
    public static String cleanupPolicy(NewTopic topic) {
        return topic.configs() == null ? TopicConfig.CLEANUP_POLICY_DELETE
                : topic.configs().getOrDefault(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }

    private NewTopic topic(String name) {
        TopicBuilder topic = TopicBuilder.name(name).partitions(partitions).replicas(replicas);
        if (name.equals(Streams.VERDICTS)) {
            // compacted: the latest verdict of every topic stays recoverable for any new consumer
            topic.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return topic.build();
    }
}
