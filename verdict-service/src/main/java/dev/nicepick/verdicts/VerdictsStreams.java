package dev.nicepick.verdicts;

import dev.nicepick.events.Streams;
import dev.nicepick.messaging.StreamTopology;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The streams verdict-service reads (topics, feedback, its commands) and writes (verdicts, dead letters). */
@Configuration
class VerdictsStreams {

    @Bean
    KafkaAdmin.NewTopics streams(StreamTopology topology) {
        return topology.declare(Streams.TOPICS, Streams.FEEDBACK, Streams.VERDICTS, Streams.VERDICT_COMMANDS,
                Streams.deadLetter(Streams.TOPICS), Streams.deadLetter(Streams.FEEDBACK),
                Streams.deadLetter(Streams.VERDICT_COMMANDS));
    }
}
