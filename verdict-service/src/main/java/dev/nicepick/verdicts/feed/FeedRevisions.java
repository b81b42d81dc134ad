package dev.nicepick.verdicts.feed;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Verdict changes as a feed lists them: newest first, at most {@link #LIMIT}, with their topic's title. A change is
 * a topic's first revision and each revision whose winner or outcome differs from the topic's previous revision
 * (issue 14: one entry per vote made following a comparison noisy); revisions that only move counts, shares or
 * wording are no entry.
 */
@Repository
class FeedRevisions {

    /** Entries in one feed (issue 14: "latest 50 revisions"). */
    static final int LIMIT = 50;

    /** Changes among the revisions that {@code %s} (a where clause over {@code r} and {@code t}, or nothing) leaves. */
    private static final String CHANGES = """
            with revision_change as (
                select t.slug, t.state ->> 'title' as title, r.revision, r.headline, r.reason_text, r.bottom_line,
                       r.computed_at, r.winner, r.outcome,
                       lag(r.winner) over topic_revisions as previous_winner,
                       lag(r.outcome) over topic_revisions as previous_outcome
                from verdict_revision r join topic t on t.topic_id = r.topic_id
                %s
                window topic_revisions as (partition by r.topic_id order by r.revision))
            select c.slug, c.title, c.revision, c.headline, c.reason_text, c.bottom_line, c.computed_at
            from revision_change c
            where c.previous_outcome is null
               or c.winner is distinct from c.previous_winner
               or c.outcome is distinct from c.previous_outcome
            """;

    private final JdbcClient jdbc;

    FeedRevisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every topic's changes, the most recently computed first. */
    List<FeedRevision> latest() {
        return jdbc.sql(CHANGES.formatted("") + " order by c.computed_at desc, c.revision desc limit :limit")
                .param("limit", LIMIT).query(FeedRevisions::row).list();
    }

    /** One topic's changes, the highest revision first; empty when the slug is no topic's or it has no verdict yet. */
    List<FeedRevision> ofTopic(String slug) {
        return jdbc.sql(CHANGES.formatted("where t.slug = :slug") + " order by c.revision desc limit :limit")
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
