package dev.nicepick.feedback.tally;

import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.feedback.store.CountedChange;
import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.messaging.outbox.OutboxWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every change to what counts on a topic goes through here: it locks the topic's tally sequence first (so changes to
 * one topic happen one at a time and in sequence order), then in one statement makes the change, applies its deltas to
 * the topic's kept tally ({@code topic_tally}) and takes the next sequence, and writes the event with the whole tally
 * in the same transaction. What counts is each reader's latest feedback while visible; a change's deltas follow from
 * whether each feedback it touched counted before and after, so the kept tally always equals a recount.
 */
@Component
public class Tallies {

    // Runs after the change's own CTEs (see CountedChange). The topic's other options are read from the statement's
    // snapshot: taken after the lock, it holds every earlier change to this topic, and no other can run meanwhile.
    private static final String APPLY = """
            ,
            delta (option, votes) as (
                select option, sum(counted_after::int - counted_before::int) from change group by option),
            kept as (
                select option from topic_tally where topic_id = :tallyTopic),
            updated as (
                update topic_tally t set votes = t.votes + delta.votes from delta
                where t.topic_id = :tallyTopic and t.option = delta.option and delta.votes <> 0
                returning t.option, t.votes),
            -- not an upsert: its check of votes >= 0 would refuse a decrement before finding the row to decrement
            added as (
                insert into topic_tally (topic_id, option, votes)
                select :tallyTopic, option, votes from delta where votes <> 0 and option not in (select option from kept)
                returning option, votes),
            applied as (
                select option, votes from updated union all select option, votes from added),
            next as (
                update tally_sequence set sequence = sequence + 1
                where topic_id = :tallyTopic and exists (select from change)
                returning sequence)
            select next.sequence, counted.option, counted.votes from next left join (
                select option, votes from applied
                union all
                select option, votes from topic_tally where topic_id = :tallyTopic and option not in (select option from applied)
            ) counted on true""";

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
     * Makes the change, moves the tally and announces it with the next sequence, all in the caller's transaction. The
     * event's {@code acceptedAt} is {@link CountedChange#at()} (where the propagation lag is measured from).
     *
     * @return false when the change touched nothing (a concurrent request made it first): no sequence is taken and
     *         nothing is announced
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean change(KnownTopic topic, UUID feedbackId, CountedChange change, Announcement announcement) {
        // the lock in a statement of its own, so that the change's statement sees every earlier change to the topic
        jdbc.sql("""
                        insert into tally_sequence (topic_id, sequence) values (:id, 0)
                        on conflict (topic_id) do update set sequence = tally_sequence.sequence""")
                .param("id", topic.topicId()).update();
        Map<String, Object> params = new HashMap<>(change.params());
        params.put("tallyTopic", topic.topicId());
        List<SequencedCount> rows = jdbc.sql("with " + change.ctes() + APPLY).params(params)
                .query((rs, n) -> new SequencedCount(rs.getLong("sequence"), new Count(rs.getString("option"), rs.getLong("votes"))))
                .list();
        if (rows.isEmpty()) {
            return false;
        }
        // a topic nothing has counted on yet has no tally rows: one row with no option carries the sequence
        List<Count> counts = rows.stream().map(SequencedCount::count).filter(c -> c.option() != null).toList();
        outbox.append(announcement.of(topic.topicId(), feedbackId, tally(topic, counts), rows.getFirst().sequence(), change.at()));
        return true;
    }

    /** Each reader's latest feedback, while visible; every option appears, with zero if need be. */
    public Map<String, Long> count(KnownTopic topic) {
        return tally(topic, jdbc.sql("select option, votes from topic_tally where topic_id = :id")
                .param("id", topic.topicId()).query((rs, n) -> new Count(rs.getString("option"), rs.getLong("votes"))).list());
    }

    // the topic's options in its order; votes kept for an option it no longer has are left out
    private static Map<String, Long> tally(KnownTopic topic, List<Count> counts) {
        Map<String, Long> tally = new LinkedHashMap<>();
        topic.options().forEach(option -> tally.put(option, 0L));
        counts.forEach(c -> tally.computeIfPresent(c.option(), (k, v) -> c.votes()));
        return tally;
    }

    private record Count(String option, long votes) {
    }

    private record SequencedCount(long sequence, Count count) {
    }
}
