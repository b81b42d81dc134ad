package dev.nicepick.feedback.topics;

import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventDecodingException;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.web.slug.CanonicalSlugs;
import dev.nicepick.web.slug.SlugKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * The topics that take feedback, as topics-service announces them. Only a higher topic version replaces
 * what is kept, so repeated and late events change nothing. Drafts never arrive here.
 */
@Component
public class TopicDirectory {

    private static final String SELECT = "select topic_id, slug, status, options from topic";

    private final JdbcClient jdbc;
    private final EventCodec codec;

    TopicDirectory(JdbcClient jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    /**
     * @throws dev.nicepick.web.slug.SlugMoved when the slug is a variant (case, order of options) of a known one
     * @throws dev.nicepick.web.problem.ApiProblem 404 when no known topic has it
     */
    public KnownTopic require(String slug) {
        return find(slug).orElseThrow(() -> CanonicalSlugs.notFoundOrMoved("topic", slug, this::canonicalSlug));
    }

    private Optional<KnownTopic> find(String slug) {
        return jdbc.sql(SELECT + " where slug = :slug").param("slug", slug).query(TopicDirectory::row).optional();
    }

    private Optional<String> canonicalSlug(String key) {
        return jdbc.sql("select slug from topic where slug_key = :key").param("key", key).query(String.class).optional();
    }

    public KnownTopic get(UUID topicId) {
        return jdbc.sql(SELECT + " where topic_id = :id").param("id", topicId).query(TopicDirectory::row).single();
    }

    @KafkaListener(id = "topic-directory", groupId = "feedback-service.topics", topics = Streams.TOPICS)
    void on(ConsumerRecord<String, byte[]> record) {
        Event event = codec.fromRecord(record).data();
        switch (event) {
            case TopicPublished published -> keep(published.topic());
            case TopicRevised revised -> keep(revised.topic());
            case TopicArchived archived -> jdbc.sql("""
                            update topic set status = 'archived', version = :version where topic_id = :id and version < :version""")
                    .param("id", archived.topicId()).param("version", archived.version()).update();
            default -> throw new EventDecodingException(event.getClass().getSimpleName() + " does not belong on " + Streams.TOPICS);
        }
    }

    private void keep(TopicState state) {
        jdbc.sql("""
                        insert into topic (topic_id, slug, slug_key, version, status, options)
                        values (:id, :slug, :slugKey, :version, :status, :options)
                        on conflict (topic_id) do update set slug = excluded.slug, slug_key = excluded.slug_key,
                            version = excluded.version, status = excluded.status, options = excluded.options
                            where topic.version < excluded.version""")
                .param("id", state.topicId())
                .param("slug", state.slug())
                .param("slugKey", SlugKey.of(state.slug()))
                .param("version", state.version())
                .param("status", state.status())
                .param("options", state.options().stream().map(TopicState.TopicOption::key).toArray(String[]::new))
                .update();
    }

    private static KnownTopic row(ResultSet rs, int n) throws SQLException {
        return new KnownTopic(rs.getObject("topic_id", UUID.class), rs.getString("slug"), rs.getString("status"),
                Arrays.asList((String[]) rs.getArray("options").getArray()));
    }
}
