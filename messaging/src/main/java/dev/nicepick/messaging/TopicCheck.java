package dev.nicepick.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Compares the topics Kafka has with those a service needs ({@link StreamTopology#topics}): each must exist with the
 * configured partition count and cleanup policy. Replicas are not compared: a platform may keep more copies than
 * the service's setting asks for, which changes nothing the service relies on.
 */
final class TopicCheck {

    private final KafkaAdmin admin;

    TopicCheck(KafkaAdmin admin) {
        this.admin = admin;
    }

    /**
     * @param needed the topics as the service needs them
     * @return one line per topic that is missing or differs, e.g. {@code "verdicts.v1: cleanup.policy is delete, needs
     *         compact"}, in the order of {@code needed}; empty when Kafka has them all as needed
     * @throws KafkaException when the broker does not answer within the admin's operation timeout or refuses to describe
     */
    List<String> differences(List<NewTopic> needed) {
        int timeoutMs = admin.getOperationTimeout() * 1_000;
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            Map<String, KafkaFuture<TopicDescription>> described = client.describeTopics(
                    needed.stream().map(NewTopic::name).toList(), new DescribeTopicsOptions().timeoutMs(timeoutMs)).topicNameValues();
            Map<String, TopicDescription> existing = new LinkedHashMap<>();
            for (NewTopic topic : needed) {
                existing(described.get(topic.name()), timeoutMs).ifPresent(d -> existing.put(topic.name(), d));
            }
            Map<String, String> policies = cleanupPolicies(client, existing.keySet(), timeoutMs);
            List<String> differences = new ArrayList<>();
            for (NewTopic topic : needed) {
                TopicDescription description = existing.get(topic.name());
                if (description == null) {
                    differences.add(topic.name() + ": missing");
                    continue;
                }
                List<String> wrong = new ArrayList<>();
                int partitions = description.partitions().size();
                if (partitions != topic.numPartitions()) {
                    wrong.add("has " + partitions + " partitions, needs " + topic.numPartitions());
                }
                String policy = policies.get(topic.name());
                String neededPolicy = StreamTopology.cleanupPolicy(topic);
                if (!neededPolicy.equals(policy)) {
                    wrong.add(TopicConfig.CLEANUP_POLICY_CONFIG + " is " + policy + ", needs " + neededPolicy);
                }
                if (!wrong.isEmpty()) {
                    differences.add(topic.name() + ": " + String.join(", ", wrong));
                }
            }
            return differences;
        }
    }

    /**
     * @param needed the topics as the service needs them
     * @return those of {@code needed} that Kafka does not have, in their order
     * @throws KafkaException when the broker does not answer within the admin's operation timeout
     */
    List<NewTopic> missing(List<NewTopic> needed) {
        int timeoutMs = admin.getOperationTimeout() * 1_000;
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            Set<String> existing = client.listTopics(new ListTopicsOptions().timeoutMs(timeoutMs)).names()
                    .get(timeoutMs, TimeUnit.MILLISECONDS);
            return needed.stream().filter(topic -> !existing.contains(topic.name())).toList();
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw failed(e);
        }
    }

    private static Optional<TopicDescription> existing(KafkaFuture<TopicDescription> description, int timeoutMs) {
        try {
            return Optional.of(description.get(timeoutMs, TimeUnit.MILLISECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Optional.empty();
            }
            throw failed(e);
        } catch (InterruptedException | TimeoutException e) {
            throw failed(e);
        }
    }

    /** @return each topic's {@code cleanup.policy} as the broker reports it */
    private static Map<String, String> cleanupPolicies(Admin client, Collection<String> topics, int timeoutMs) {
        List<ConfigResource> resources = topics.stream().map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList();
        try {
            Map<ConfigResource, Config> configs = client.describeConfigs(resources, new DescribeConfigsOptions().timeoutMs(timeoutMs))
                    .all().get(timeoutMs, TimeUnit.MILLISECONDS);
            Map<String, String> policies = new LinkedHashMap<>();
            configs.forEach((resource, config) -> {
                ConfigEntry entry = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
                policies.put(resource.name(), entry == null ? TopicConfig.CLEANUP_POLICY_DELETE : entry.value());
            });
            return policies;
        } catch (ExecutionException | InterruptedException | TimeoutException e) {
            throw failed(e);
        }
    }

    private static KafkaException failed(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new KafkaException("Could not describe the topics: " + cause.getMessage(), cause);
    }
}
