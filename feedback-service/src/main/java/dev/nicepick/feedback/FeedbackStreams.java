package dev.nicepick.feedback;

import dev.nicepick.events.Streams;
import dev.nicepick.messaging.StreamTopology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The streams feedback-service writes (feedback events, dead letters) and reads (topics). */
@Configuration
class FeedbackStreams {

    @Bean
    KafkaAdmin.NewTopics streams(StreamTopology topology) {
        return topology.declare(Streams.FEEDBACK, Streams.TOPICS, Streams.deadLetter(Streams.TOPICS));
    }
}
