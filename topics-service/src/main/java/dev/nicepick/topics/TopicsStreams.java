package dev.nicepick.topics;

import dev.nicepick.events.Streams;
import dev.nicepick.messaging.StreamTopology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The streams topics-service writes (its events, dead letters) and reads (verdicts). */
@Configuration
class TopicsStreams {

    @Bean
    KafkaAdmin.NewTopics streams(StreamTopology topology) {
        return topology.declare(Streams.TOPICS, Streams.VERDICTS, Streams.deadLetter(Streams.VERDICTS));
    }
}
