package dev.nicepick.topics;

import dev.nicepick.events.Streams;
import dev.nicepick.messaging.StreamTopology;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The streams topics-service writes to: its own events, and the dead letters of the verdicts it consumes. */
@Configuration
class TopicsStreams {

    @Bean
    NewTopic topicEventsStream(StreamTopology topology) {
        return topology.stream(Streams.TOPICS);
    }

    @Bean
    NewTopic verdictDeadLetters(StreamTopology topology) {
        return topology.stream(Streams.deadLetter(Streams.VERDICTS));
    }
}
