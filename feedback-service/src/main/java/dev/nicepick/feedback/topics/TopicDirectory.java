package dev.nicepick.feedback.topics;

import dev.nicepick.web.slug.CanonicalSlugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up the topics that take feedback, as {@link TopicEventsListener} keeps them from topics-service's
 * events. Drafts never arrive here.
 */
@Component
public class TopicDirectory {

    private static final String SELECT = "select topic_id, slug, status, options from topic";

    private final JdbcClient jdbc;

    TopicDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    private static KnownTopic row(ResultSet rs, int n) throws SQLException {
        return new KnownTopic(rs.getObject("topic_id", UUID.class), rs.getString("slug"), rs.getString("status"),
                Arrays.asList((String[]) rs.getArray("options").getArray()));
    }
}
