package dev.nicepick.topics.catalog;

import dev.nicepick.topics.verdict.LatestVerdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads whole topics: each row of {@code topic} with its options (in their order) and its latest verdict, for
 * {@link TopicStore} and {@link TopicSearch} alike.
 */
@Component
class TopicRows {

    /** Every column a {@link Topic} needs; callers append their {@code where}, {@code order by} and locks. */
    static final String SELECT_TOPIC = """
            select t.id, t.slug, t.title, t.type, t.category, t.tags, t.intro, t.bottom_line, t.editorial_pick,
                   t.editorial_strength, t.status, t.version, t.created_at, t.updated_at,
                   v.revision, v.winner, v.outcome, v.headline, v.probability, v.split, v.computed_at
            from topic t left join topic_verdict v on v.topic_id = t.id
            """;

    private final JdbcClient jdbc;
    /** A verdict's split: votes per option key. */
    private final ObjectReader splitReader;

    TopicRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.splitReader = json.readerForMapOf(Long.class);
    }

    /**
     * @param statement a query starting with {@link #SELECT_TOPIC}
     * @return its topics in the statement's order, each with its options
     */
    List<Topic> load(JdbcClient.StatementSpec statement) {
        List<Topic> topics = statement.query(this::topicRow).list();
        if (topics.isEmpty()) {
            return topics;
        }
        Map<UUID, List<TopicOption>> options = new LinkedHashMap<>();
        jdbc.sql("""
                        select topic_id, key, name, kind, description, pros, cons, related, best_for
                        from topic_option where topic_id in (:ids) order by topic_id, position""")
                .param("ids", topics.stream().map(Topic::id).toList())
                .query((ResultSet rs) -> {
                    options.computeIfAbsent(rs.getObject("topic_id", UUID.class), id -> new ArrayList<>())
                            .add(new TopicOption(rs.getString("key"), rs.getString("name"),
                                    OptionKind.ofNullable(rs.getString("kind")), rs.getString("description"),
                                    strings(rs.getArray("pros")), strings(rs.getArray("cons")),
                                    strings(rs.getArray("related")), rs.getString("best_for")));
                });
        return topics.stream().map(t -> new Topic(t.id(), t.slug(), t.title(), t.type(), t.category(), t.tags(),
                t.intro(), options.getOrDefault(t.id(), List.of()), t.editorialPick(), t.bottomLine(), t.status(),
                t.version(), t.createdAt(), t.updatedAt(), t.verdict(), null)).toList();
    }

    private Topic topicRow(ResultSet rs, int row) throws SQLException {
        LatestVerdict verdict = rs.getString("winner") == null ? null : new LatestVerdict(rs.getString("winner"),
                rs.getString("outcome"), rs.getString("headline"), rs.getDouble("probability"), splitReader.readValue(rs.getString("split")), rs.getLong("revision"),
                instant(rs, "computed_at"));
        return new Topic(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
                ComparisonType.of(rs.getString("type")), rs.getString("category"), strings(rs.getArray("tags")), rs.getString("intro"), List.of(),
                new EditorialPick(rs.getString("editorial_pick"), rs.getInt("editorial_strength")),
                rs.getString("bottom_line"), TopicStatus.of(rs.getString("status")), rs.getLong("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"), verdict, null);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
