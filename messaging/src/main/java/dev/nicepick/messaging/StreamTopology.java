package dev.nicepick.messaging;

import dev.nicepick.events.Streams;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.Arrays;

/**
 * The one definition of every stream. Each service declares every stream it writes or reads, and Spring
 * Kafka's admin creates those missing at start; consumers never create topics themselves. So a stream has
 * the same partitions and cleanup policy whichever service starts first.
 *
 * @param partitions the most consumers of one group that can share a stream's work
 * @param replicas   copies of each partition; 3 in production, 1 on a laptop
 */
@ConfigurationProperties("nicepick.kafka")
public record StreamTopology(@DefaultValue("6") int partitions, @DefaultValue("1") int replicas) {

    public KafkaAdmin.NewTopics declare(String... streams) {
        return new KafkaAdmin.NewTopics(Arrays.stream(streams).map(this::topic).toArray(NewTopic[]::new));
    }

    private NewTopic topic(String stream) {
        TopicBuilder topic = TopicBuilder.name(stream).partitions(partitions).replicas(replicas);
        if (stream.equals(Streams.VERDICTS)) {
            // compacted: the latest verdict of every topic stays recoverable for any new consumer
            topic.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
        }
        return topic.build();
    }
}
