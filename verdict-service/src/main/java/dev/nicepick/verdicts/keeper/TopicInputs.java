package dev.nicepick.verdicts.keeper;

import dev.nicepick.events.topics.TopicState;
import dev.nicepick.web.slug.SlugKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What verdict-service has learnt from events: each topic's state and its latest tally. Each write keeps
 * only what is newer (a higher topic version, a higher tally sequence), so repeated and reordered events
 * are harmless. Every write and every recompute of a topic first takes that topic's lock for the rest of
 * its transaction: a topic event and a tally applied at the same moment would otherwise each miss the
 * other (neither sees the other's uncommitted row) and leave a verdict computed from stale inputs.
 */
@Repository
public class TopicInputs {

    private static final TypeReference<Map<String, Long>> VOTES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TopicInputs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return whether the state was newer than what was kept */
    public boolean applyTopic(TopicState state) {
        serialize(state.topicId());
        return jdbc.sql("""
                        insert into topic (topic_id, slug, slug_key, version, status, state)
                        values (:id, :slug, :slugKey, :version, :status, cast(:state as jsonb))
                        on conflict (topic_id) do update
                            set slug = excluded.slug, slug_key = excluded.slug_key, version = excluded.version,
                                status = excluded.status, state = excluded.state
                            where topic.version < excluded.version""")
                .param("id", state.topicId())
                .param("slug", state.slug())
                .param("slugKey", SlugKey.of(state.slug()))
                .param("version", state.version())
                .param("status", state.status())
                .param("state", json.writeValueAsString(state))
                .update() == 1;
    }

    /** @return the slug of the known topic with this {@link SlugKey} */
    public Optional<String> canonicalSlug(String key) {
        return jdbc.sql("select slug from topic where slug_key = :key").param("key", key).query(String.class).optional();
    }

    /** Archiving changes the status only; a later archive event of an unknown topic changes nothing. */
    public void applyArchived(UUID topicId, long version) {
        serialize(topicId);
        jdbc.sql("""
                        update topic set status = 'archived', version = :version,
                               state = jsonb_set(state, '{status}', '"archived"', false)
                        where topic_id = :id and version < :version""")
                .param("id", topicId)
                .param("version", version)
                .update();
    }

    /** @return whether the tally was newer than the one kept */
    public boolean applyTally(UUID topicId, long sequence, Map<String, Long> votes) {
        serialize(topicId);
        return jdbc.sql("""
                        insert into tally (topic_id, sequence, votes) values (:id, :sequence, cast(:votes as jsonb))
                        on conflict (topic_id) do update set sequence = excluded.sequence, votes = excluded.votes
                            where tally.sequence < excluded.sequence""")
                .param("id", topicId)
                .param("sequence", sequence)
                .param("votes", json.writeValueAsString(votes))
                .update() == 1;
    }

    /** The topic, locked until the transaction ends, so one topic's verdict is computed by one writer at a time. */
    Optional<TopicState> lock(UUID topicId) {
        serialize(topicId);
        return state(topicId);
    }

    /** The topic as last learnt, read without its lock (for computing, never for writing a verdict). */
    Optional<TopicState> state(UUID topicId) {
        return jdbc.sql("select state::text from topic where topic_id = :id")
                .param("id", topicId)
                .query(String.class).optional()
                .map(state -> json.readValue(state, TopicState.class));
    }

    Tally tally(UUID topicId) {
        return jdbc.sql("select sequence, votes::text as votes from tally where topic_id = :id")
                .param("id", topicId)
                .query((rs, n) -> new Tally(rs.getLong("sequence"), json.readValue(rs.getString("votes"), VOTES)))
                .optional().orElse(Tally.NONE);
    }

    /** A transaction-scoped advisory lock per topic: it exists before the topic's first row does. */
    private void serialize(UUID topicId) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", topicId.getMostSignificantBits() ^ topicId.getLeastSignificantBits())
                .query(Object.class).single();
    }

    public List<UUID> allTopicIds() {
        return jdbc.sql("select topic_id from topic order by topic_id").query(UUID.class).list();
    }

    record Tally(long sequence, Map<String, Long> votes) {
        static final Tally NONE = new Tally(0, Map.of());
    }
}
