package dev.nicepick.messaging;

import dev.nicepick.events.Streams;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StreamTopologyTest {

    private final StreamTopology topology = new StreamTopology(6, 3, true);

    @Test
    void everyStreamOfTheSuiteAndTheDeadLetterTopicOfEachListenedOne() {
        List<NewTopic> topics = topology.topics(List.of(Streams.VERDICTS, Streams.TOPICS, Streams.VERDICTS));

        assertThat(topics).extracting(NewTopic::name).containsExactly(Streams.TOPICS, Streams.FEEDBACK, Streams.VERDICTS,
                Streams.VERDICT_COMMANDS, Streams.deadLetter(Streams.TOPICS), Streams.deadLetter(Streams.VERDICTS));
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.numPartitions()).isEqualTo(6);
            assertThat(topic.replicationFactor()).isEqualTo((short) 3);
        });
    }

    @Test
    void onlyTheVerdictsStreamIsCompactedNotItsDeadLetters() {
        assertThat(topology.topics(List.of(Streams.VERDICTS)))
                .filteredOn(topic -> topic.configs() != null
                        && TopicConfig.CLEANUP_POLICY_COMPACT.equals(topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG)))
                .extracting(NewTopic::name).containsExactly(Streams.VERDICTS);
    }
}
