package dev.nicepick.verdicts.feed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Verdict revisions as a feed lists them: newest first, at most {@link #LIMIT}, with their topic's title. */
@Repository
class FeedRevisions {

    /** Entries in one feed (issue 14: "latest 50 revisions"). */
    static final int LIMIT = 50;

    private static final String SELECT = """
            select t.slug, t.state ->> 'title' as title, r.revision, r.headline, r.reason_text, r.bottom_line, r.computed_at
            from verdict_revision r join topic t on t.topic_id = r.topic_id
            """;

    private final JdbcClient jdbc;

    FeedRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every topic's revisions, the most recently computed first. */
    List<FeedRevision> latest() {
        return jdbc.sql(SELECT + " order by r.computed_at desc, r.revision desc limit :limit")
                .param("limit", LIMIT).query(FeedRevisions::row).list();
    }

    /** One topic's revisions, the highest first; empty when the slug is no topic's or it has no verdict yet. */
    List<FeedRevision> ofTopic(String slug) {
        return jdbc.sql(SELECT + " where t.slug = :slug order by r.revision desc limit :limit")
                .param("slug", slug).param("limit", LIMIT).query(FeedRevisions::row).list();
    }

    private static FeedRevision row(ResultSet rs, int n) throws SQLException {
        return new FeedRevision(rs.getString("slug"), rs.getString("title"), rs.getLong("revision"), rs.getString("headline"),
                rs.getString("reason_text"), rs.getString("bottom_line"), rs.getTimestamp("computed_at").toInstant());
    }

    /**
     * @param headline null for revisions computed before verdicts had headlines (verdict model v1)
     */
    record FeedRevision(String slug, String title, long revision, String headline, String reasonText, String bottomLine,
                        Instant computedAt) {
    }
}
