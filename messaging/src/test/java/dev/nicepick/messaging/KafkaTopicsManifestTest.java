package dev.nicepick.messaging;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Strimzi component's {@code KafkaTopic}s are the topics the services need, as the code defines them: with
 * {@code NICEPICK_KAFKA_DECLARETOPICS=false} a service only checks them ({@link StreamDeclarations}) and would stop on
 * any difference, so the manifest must not drift from {@link StreamTopology}. The consumed streams are every stream
 * of the suite ({@link StreamTopology#streams()}): each has a listener in some service (topics-service reads
 * {@code verdicts.v1}, verdict-service the other three, feedback-service {@code topics.events.v1}), so each has a
 * dead-letter topic; the services' listeners themselves are out of this module's sight.
 */
class KafkaTopicsManifestTest {

    private static final Path MANIFEST = Path.of(System.getProperty("user.dir")).getParent()
            .resolve("deploy/k8s/components/kafka-strimzi/kafka-topics.yaml");

    /** The settings' defaults, bound as a service binds them without any NICEPICK_KAFKA_* variable. */
    private static final StreamTopology DEFAULTS = new Binder(new MapConfigurationPropertySource())
            .bindOrCreate("nicepick.kafka", StreamTopology.class);

    @Test
    void everyTopicTheServicesNeedIsAKafkaTopicWithItsPartitionsAndCleanupPolicyAndNothingElse() throws IOException {
        List<Declared> expected = DEFAULTS.topics(StreamTopology.streams()).stream()
                .map(topic -> new Declared(topic.name(), topic.numPartitions(), StreamTopology.cleanupPolicy(topic)))
                .toList();

        assertThat(manifest()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(8);
    }

    /** A topic as the manifest declares it: its Kafka name is {@code spec.topicName}, else {@code metadata.name}. */
    record Declared(String name, int partitions, String cleanupPolicy) {
    }

    @SuppressWarnings("unchecked")
    private static List<Declared> manifest() throws IOException {
        assertThat(MANIFEST).as("the Strimzi component's topics").exists();
        List<Declared> declared = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(MANIFEST))) {
            Map<String, Object> resource = (Map<String, Object>) document;
            if (resource == null || !"KafkaTopic".equals(resource.get("kind"))) {
                continue;
            }
            assertThat(resource.get("apiVersion")).isEqualTo("kafka.strimzi.io/v1");
            Map<String, Object> spec = (Map<String, Object>) resource.get("spec");
            Map<String, Object> config = (Map<String, Object>) spec.getOrDefault("config", Map.of());
            Object name = spec.getOrDefault("topicName", ((Map<String, Object>) resource.get("metadata")).get("name"));
            declared.add(new Declared(String.valueOf(name), ((Number) spec.get("partitions")).intValue(),
                    String.valueOf(config.get("cleanup.policy"))));
        }
        return declared;
    }
}
