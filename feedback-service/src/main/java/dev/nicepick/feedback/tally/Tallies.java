package dev.nicepick.feedback.tally;

import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.messaging.outbox.OutboxWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Every change to what counts on a topic goes through here: it takes the topic's next tally sequence
 * first (which locks it, so changes to one topic happen one at a time and in sequence order), makes the
 * change, counts, and writes the event with the whole tally in the same transaction.
 */
@Component
public class Tallies {

    private final JdbcClient jdbc;
    private final OutboxWriter outbox;

    Tallies(JdbcClient jdbc, OutboxWriter outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /** The event a change announces, made from the tally after it and the instant the change was stored. */
    @FunctionalInterface
    public interface Announcement {
        FeedbackEvent of(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence, Instant acceptedAt);
    }

    /**
     * @param change makes the change and returns the instant it stored it with, which the event carries as
     *               {@code acceptedAt} (where the propagation lag is measured from)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(KnownTopic topic, UUID feedbackId, Supplier<Instant> change, Announcement announcement) {
        long sequence = jdbc.sql("""
                        insert into tally_sequence (topic_id, sequence) values (:id, 1)
                        on conflict (topic_id) do update set sequence = tally_sequence.sequence + 1
                        returning sequence""")
                .param("id", topic.topicId()).query(Long.class).single();
        Instant acceptedAt = change.get();
        outbox.append(announcement.of(topic.topicId(), feedbackId, count(topic), sequence, acceptedAt));
    }

    /** Each reader's latest feedback, while visible; every option appears, with zero if need be. */
    public Map<String, Long> count(KnownTopic topic) {
        Map<String, Long> tally = new LinkedHashMap<>();
        topic.options().forEach(option -> tally.put(option, 0L));
        jdbc.sql("""
                        select preferred_option, count(*) as votes from feedback
                        where topic_id = :id and status = 'visible' and not superseded group by preferred_option""")
                .param("id", topic.topicId())
                .query((rs, n) -> {
                    long votes = rs.getLong("votes");
                    return tally.computeIfPresent(rs.getString("preferred_option"), (k, v) -> votes);
                })
                .list();
        return tally;
    }
}
