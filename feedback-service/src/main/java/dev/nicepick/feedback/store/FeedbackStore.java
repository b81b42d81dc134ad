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
     * The reader's earlier feedback on the topic stops counting; this one counts instead.
     *
     * @return the feedback's {@code created_at} exactly as stored (what the reader's own vote shows)
     */
    public Instant supersedeAndInsert(NewFeedback f) {
        jdbc.sql("update feedback set superseded = true, updated_at = now() where topic_id = :topic and reader = :reader and not superseded")
                .param("topic", f.topicId()).param("reader", f.reader()).update();
        Instant now = storedNow();
        jdbc.sql("""
                        insert into feedback (id, topic_id, reader, client_address, stance, preferred_option, comment, email,
                                              status, withdraw_token_hash, created_at, updated_at)
                        values (:id, :topic, :reader, :address, :stance, :option, :comment, :email, 'visible', :token, :now, :now)""")
                .param("id", f.id()).param("topic", f.topicId()).param("reader", f.reader()).param("address", f.address())
                .param("stance", f.stance()).param("option", f.preferredOption()).param("comment", f.comment())
                .param("email", f.email()).param("token", f.withdrawTokenHash()).param("now", Timestamp.from(now))
                .update();
        return now;
    }

    public Optional<StoredFeedback> find(UUID id) {
        return jdbc.sql(SELECT + " where f.id = :id").param("id", id).query(FeedbackStore::row).optional();
    }

    /** The hash of the feedback's withdraw token, read only where a withdrawal is checked, never with the feedback. */
    public Optional<String> withdrawTokenHash(UUID id) {
        return jdbc.sql("select withdraw_token_hash from feedback where id = :id").param("id", id).query(String.class).optional();
    }

    /** @return when the change was stored: the feedback's new {@code updated_at}, exactly */
    public Instant setStatus(UUID id, String status, String reason) {
        Instant now = storedNow();
        jdbc.sql("update feedback set status = :status, moderation_reason = :reason, updated_at = :now where id = :id")
                .param("id", id).param("status", status).param("reason", reason).param("now", Timestamp.from(now)).update();
        return now;
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
