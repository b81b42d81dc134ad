package dev.nicepick.feedback.topics;

import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.VerdictIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the pick in force from {@code verdicts.v1}: the winner of each topic's highest verdict revision, which
 * {@link TopicDirectory} prefers to the editorial pick. Only a higher revision replaces what is kept, so
 * duplicates and reordering are harmless; a revision that names no winner keeps the one in force.
 */
@Component
@KafkaListener(id = "pick-in-force", groupId = "feedback-service.verdicts", topics = Streams.VERDICTS)
class VerdictEventsListener {

    private static final Logger log = LoggerFactory.getLogger(VerdictEventsListener.class);

    private final JdbcClient jdbc;

    VerdictEventsListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaHandler
    void on(VerdictIssued verdict) {
        int applied = jdbc.sql("""
                        insert into topic_verdict (topic_id, revision, winner) values (:id, :revision, :winner)
                        on conflict (topic_id) do update
                            set revision = excluded.revision, winner = coalesce(excluded.winner, topic_verdict.winner)
                            where topic_verdict.revision < excluded.revision""")
                .param("id", verdict.topicId()).param("revision", verdict.revision()).param("winner", verdict.winner())
                .update();
        log.debug("Verdict revision {} of topic {} {}", verdict.revision(), verdict.topicId(),
                applied == 1 ? "applied" : "ignored: not newer than the one kept");
    }
}
