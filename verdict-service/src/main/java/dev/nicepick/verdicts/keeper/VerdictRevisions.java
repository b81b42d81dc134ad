package dev.nicepick.verdicts.keeper;

import dev.nicepick.verdicts.engine.ComparisonType;
import dev.nicepick.verdicts.engine.Outcome;
import dev.nicepick.verdicts.engine.Reason;
import dev.nicepick.verdicts.engine.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Every verdict revision; the current verdict of a topic is its highest revision. */
@Repository
public class VerdictRevisions {

    private static final String SELECT = """
            select r.*, t.slug from verdict_revision r join topic t on t.topic_id = r.topic_id
            """;

    private static final TypeReference<Map<String, Double>> PROBABILITIES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Long>> SPLIT = new TypeReference<>() {
    };
    private static final TypeReference<List<Verdict.UseIf>> USE_IF = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> INPUTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VerdictRevisions(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StoredVerdict> current(UUID topicId) {
        return jdbc.sql(SELECT + " where r.topic_id = :id order by r.revision desc limit 1")
                .param("id", topicId).query(this::row).optional();
    }

    public Optional<StoredVerdict> currentBySlug(String slug) {
        return jdbc.sql(SELECT + " where t.slug = :slug order by r.revision desc limit 1")
                .param("slug", slug).query(this::row).optional();
    }

    /** Newest first. */
    public List<StoredVerdict> history(String slug) {
        return jdbc.sql(SELECT + " where t.slug = :slug order by r.revision desc")
                .param("slug", slug).query(this::row).list();
    }

    void insert(StoredVerdict stored) {
        Verdict v = stored.verdict();
        jdbc.sql("""
                        insert into verdict_revision (topic_id, revision, winner, probability, probabilities, split,
                            editorial_pick, overturned, reason, reason_text, use_if, bottom_line, inputs, computed_at,
                            type, outcome, headline, progress)
                        values (:topicId, :revision, :winner, :probability, cast(:probabilities as jsonb), cast(:split as jsonb),
                            :editorialPick, :overturned, :reason, :reasonText, cast(:useIf as jsonb), :bottomLine,
                            cast(:inputs as jsonb), :computedAt, :type, :outcome, :headline, cast(:progress as jsonb))""")
                .param("topicId", stored.topicId())
                .param("revision", stored.revision())
                .param("winner", v.winner())
                .param("probability", v.probability())
                .param("probabilities", json.writeValueAsString(v.probabilities()))
                .param("split", json.writeValueAsString(v.split()))
                .param("editorialPick", v.editorialPick())
                .param("overturned", v.overturned())
                .param("reason", v.reason().name())
                .param("reasonText", v.reasonText())
                .param("useIf", json.writeValueAsString(v.useIf()))
                .param("bottomLine", v.bottomLine())
                .param("inputs", json.writeValueAsString(stored.inputs()))
                .param("computedAt", Timestamp.from(stored.computedAt()))
                .param("type", v.type().value())
                .param("outcome", v.outcome().value())
                .param("headline", v.headline())
                .param("progress", json.writeValueAsString(v.progress()))
                .update();
    }

    private StoredVerdict row(ResultSet rs, int n) throws SQLException {
        Verdict verdict = new Verdict(rs.getString("winner"), rs.getDouble("probability"),
                json.readValue(rs.getString("probabilities"), PROBABILITIES),
                json.readValue(rs.getString("split"), SPLIT),
                rs.getString("editorial_pick"), rs.getBoolean("overturned"), Reason.valueOf(rs.getString("reason")),
                rs.getString("reason_text"),
                json.readValue(rs.getString("use_if"), USE_IF),
                rs.getString("bottom_line"),
                ComparisonType.of(rs.getString("type")), Outcome.of(rs.getString("outcome")), rs.getString("headline"),
                rs.getString("progress") == null ? null : json.readValue(rs.getString("progress"), Verdict.Progress.class));
        return new StoredVerdict(rs.getObject("topic_id", UUID.class), rs.getString("slug"), rs.getLong("revision"), verdict,
                json.readValue(rs.getString("inputs"), INPUTS),
                rs.getTimestamp("computed_at").toInstant());
    }
}
