package dev.nicepick.feedback.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Repository
public class FeedbackStore {

    private static final String SELECT = """
            select f.id, f.topic_id, t.slug, f.stance, f.preferred_option, f.comment, f.email, f.status, f.superseded,
                   f.moderation_reason, f.created_at, f.updated_at
            from feedback f join topic t on t.topic_id = f.topic_id
            """;

    // each reader's current vote, while visible, with a comment: hidden, withdrawn and superseded ones never show
    private static final String PUBLIC_COMMENTS = """
             where f.topic_id = :topic and f.status = 'visible' and not f.superseded
               and f.comment is not null and f.comment <> ''
            """;

    private final JdbcClient jdbc;

    FeedbackStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewFeedback(UUID id, UUID topicId, String reader, String address, String stance, String preferredOption,
                              String comment, String email, String withdrawTokenHash) {
    }

    /**
     * The reader's earlier feedback on the topic (if any) stops counting; this one counts instead. Its
     * {@link CountedChange#at()} is the feedback's {@code created_at} exactly as stored (what the reader's own vote shows).
     */
    public CountedChange supersedeAndInsert(NewFeedback f) {
        Instant now = storedNow();
        Map<String, Object> params = new HashMap<>();
        params.put("id", f.id());
        params.put("topic", f.topicId());
        params.put("reader", f.reader());
        params.put("address", f.address());
        params.put("stance", f.stance());
        params.put("option", f.preferredOption());
        params.put("comment", f.comment());
        params.put("email", f.email());
        params.put("token", f.withdrawTokenHash());
        params.put("now", Timestamp.from(now));
        return new CountedChange("""
                earlier as (
                    update feedback set superseded = true, updated_at = now()
                    where topic_id = :topic and reader = :reader and not superseded
                    returning preferred_option, status),
                inserted as (
                    insert into feedback (id, topic_id, reader, client_address, stance, preferred_option, comment, email,
                                          status, withdraw_token_hash, created_at, updated_at)
                    values (:id, :topic, :reader, :address, :stance, :option, :comment, :email, 'visible', :token, :now, :now)
                    returning preferred_option),
                change (option, counted_before, counted_after) as (
                    select preferred_option, status = 'visible', false from earlier
                    union all
                    select preferred_option, false, true from inserted)""", params, now);
    }

    public Optional<StoredFeedback> find(UUID id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FeedbackStore::row).optional();
    }

    /** The hash of the feedback's withdraw token, read only where a withdrawal is checked, never with the feedback. */
    public Optional<String> withdrawTokenHash(UUID id) {
        return jdbc.sql("select withdraw_token_hash from feedback where id = :id").param("id", id).query(String.class).optional();
    }

    /**
     * Moves the feedback to {@code to} if its status is one of {@code from} when the change runs (under the topic's
     * tally lock, so a concurrent move of the same feedback is seen); otherwise the change touches nothing. Its
     * {@link CountedChange#at()} is the feedback's new {@code updated_at}, exactly.
     *
     * @param reason the moderator's reason, or null
     */
    public CountedChange move(UUID id, Set<String> from, String to, String reason) {
        Instant now = storedNow();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("from", from);
        params.put("to", to);
        params.put("reason", reason);
        params.put("now", Timestamp.from(now));
        // PostgreSQL 17's RETURNING has no old values: the status before comes from the row joined to itself
        return new CountedChange("""
                moved as (
                    update feedback f set status = :to, moderation_reason = :reason, updated_at = :now
                    from feedback prev
                    where f.id = :id and prev.id = f.id and prev.status in (:from)
                    returning f.preferred_option, f.superseded, prev.status as status_before, f.status as status_after),
                change (option, counted_before, counted_after) as (
                    select preferred_option, not superseded and status_before = 'visible', not superseded and status_after = 'visible'
                    from moved)""", params, now);
    }

    /**
     * Now, to the microsecond PostgreSQL keeps, so the instant an event carries equals the one read back later.
     * This JVM's clock, as for every instant this service stores and announces.
     */
    private static Instant storedNow() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** For moderators: newest first, optionally of one topic and one status. */
    public List<StoredFeedback> list(String topic, String status, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("topic", topic);
        params.put("status", status);
        params.put("size", size);
        params.put("offset", (long) page * size);
        return jdbc.sql(SELECT + """
                         where (cast(:topic as text) is null or t.slug = :topic)
                           and (cast(:status as text) is null or f.status = :status)
                         order by f.created_at desc, f.id limit :size offset :offset""")
                .params(params).query(FeedbackStore::row).list();
    }

    /** A reader's current vote on a topic: the latest, unless withdrawn (it may be hidden). */
    public Optional<StoredFeedback> current(UUID topicId, String reader) {
        return jdbc.sql(SELECT + " where f.topic_id = :topic and f.reader = :reader and not f.superseded and f.status <> 'withdrawn'")
                .param("topic", topicId).param("reader", reader).query(FeedbackStore::row).optional();
    }

    /** One page of the comments that count, newest first, for the public. */
    public List<StoredFeedback> comments(UUID topicId, int page, int size) {
        return jdbc.sql(SELECT + PUBLIC_COMMENTS + " order by f.created_at desc, f.id limit :size offset :offset")
                .param("topic", topicId).param("size", size).param("offset", (long) page * size)
                .query(FeedbackStore::row).list();
    }

    /** How many comments {@link #comments} pages through. */
    public long countComments(UUID topicId) {
        return jdbc.sql("select count(*) from feedback f" + PUBLIC_COMMENTS).param("topic", topicId).query(Long.class).single();
    }

    private static StoredFeedback row(ResultSet rs, int n) throws SQLException {
        return new StoredFeedback(rs.getObject("id", UUID.class), rs.getObject("topic_id", UUID.class), rs.getString("slug"),
                rs.getString("stance"), rs.getString("preferred_option"), rs.getString("comment"), rs.getString("email"),
                rs.getString("status"), rs.getBoolean("superseded"), rs.getString("moderation_reason"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
