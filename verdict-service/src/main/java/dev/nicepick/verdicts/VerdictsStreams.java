package dev.nicepick.verdicts;

import dev.nicepick.events.Streams;
import dev.nicepick.messaging.StreamTopology;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The streams verdict-service writes to. */
@Configuration
class VerdictsStreams {

    /** Compacted: the latest verdict of every topic stays recoverable for any new consumer. */
    @Bean
    NewTopic verdictsStream(StreamTopology topology) {
        return topology.compacted(Streams.VERDICTS);
    }

    @Bean
    NewTopic recomputeCommands(StreamTopology topology) {
        return topology.stream(Streams.VERDICT_COMMANDS);
    }

    @Bean
    NewTopic topicEventDeadLetters(StreamTopology topology) {
        return topology.stream(Streams.deadLetter(Streams.TOPICS));
    }

    @Bean
    NewTopic feedbackEventDeadLetters(StreamTopology topology) {
        return topology.stream(Streams.deadLetter(Streams.FEEDBACK));
    }

    @Bean
    NewTopic commandDeadLetters(StreamTopology topology) {
        return topology.stream(Streams.deadLetter(Streams.VERDICT_COMMANDS));
    }
}
