package dev.nicepick.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.kafka.config.TopicBuilder;

/**
 * How the streams a service writes to are created at its start (by Spring Kafka's admin), instead of
 * relying on the broker's auto-creation defaults.
 *
 * @param partitions the most consumers of one group that can share a stream's work
 * @param replicas   copies of each partition; 3 in production, 1 on a laptop
 */
@ConfigurationProperties("nicepick.kafka")
public record StreamTopology(@DefaultValue("6") int partitions, @DefaultValue("1") int replicas) {

    public NewTopic stream(String name) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
    }

    /** Keeps at least the latest record per key forever: the current state stays recoverable. */
    public NewTopic compacted(String name) {
        return TopicBuilder.name(name).partitions(partitions).replicas(replicas)
                .config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT).build();
    }
}
