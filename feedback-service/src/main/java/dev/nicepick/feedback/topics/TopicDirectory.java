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
 * events, with the pick in force that {@link VerdictEventsListener} keeps. Drafts never arrive here.
 */
@Component
public class TopicDirectory {

    // the pick in force: the newest verdict's winner once one names a winner, the editors' pick until then
    private static final String SELECT = """
            select t.topic_id, t.slug, t.status, t.options, t.type, coalesce(v.winner, t.editorial_pick) as pick
            from topic t left join topic_verdict v on v.topic_id = t.topic_id
            """;

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
        return jdbc.sql(SELECT + " where t.slug = :slug").param("slug", slug).query(TopicDirectory::row).optional();
    }

    private Optional<String> canonicalSlug(String key) {
        return jdbc.sql("select slug from topic where slug_key = :key").param("key", key).query(String.class).optional();
    }

    public KnownTopic get(UUID topicId) {
        return jdbc.sql(SELECT + " where t.topic_id = :id").param("id", topicId).query(TopicDirectory::row).single();
    }

    private static KnownTopic row(ResultSet rs, int n) throws SQLException {
        return new KnownTopic(rs.getObject("topic_id", UUID.class), rs.getString("slug"), rs.getString("status"),
                Arrays.asList((String[]) rs.getArray("options").getArray()), rs.getString("type"), rs.getString("pick"));
    }
}
