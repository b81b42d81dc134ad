package dev.nicepick.topics.catalog;

import dev.nicepick.topics.verdict.LatestVerdict;
import dev.nicepick.web.slug.SlugKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

@Repository
class TopicRepository {

    private static final String SELECT_TOPIC = """
            select t.id, t.slug, t.title, t.category, t.tags, t.intro, t.bottom_line, t.editorial_pick,
                   t.editorial_strength, t.status, t.version, t.created_at, t.updated_at,
                   v.revision, v.winner, v.probability, v.split, v.computed_at
            from topic t left join topic_verdict v on v.topic_id = t.id
            """;
    private static final TypeReference<Map<String, Long>> SPLIT = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TopicRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Topic> findBySlug(String slug) {
        return load(jdbc.sql(SELECT_TOPIC + " where t.slug = :slug").param("slug", slug)).stream().findFirst();
    }

    /**
     * @param key          a {@link SlugKey}
     * @param withDrafts   whether a draft counts (only editors may learn of one)
     * @return the slug of the topic with that key
     */
    Optional<String> canonicalSlug(String key, boolean withDrafts) {
        return jdbc.sql("select slug from topic where slug_key = :key and (:withDrafts or status <> 'draft')")
                .param("key", key)
                .param("withDrafts", withDrafts)
                .query(String.class).optional();
    }

    /** The topic with its row locked until the transaction ends, so concurrent edits queue up. */
    Optional<Topic> lockBySlug(String slug) {
        return load(jdbc.sql(SELECT_TOPIC + " where t.slug = :slug for update of t").param("slug", slug)).stream().findFirst();
    }

    void insert(Topic topic) {
        jdbc.sql("""
                        insert into topic (id, slug, slug_key, title, category, tags, intro, bottom_line, editorial_pick,
                                           editorial_strength, status, version, created_at, updated_at)
                        values (:id, :slug, :slugKey, :title, :category, :tags, :intro, :bottomLine, :pick, :strength,
                                :status, :version, :createdAt, :updatedAt)""")
                .params(columns(topic))
                .param("slugKey", SlugKey.of(topic.slug()))
                .param("createdAt", Timestamp.from(topic.createdAt()))
                .update();
        insertOptions(topic);
        refreshSearch(topic.id());
    }

    void update(Topic topic) {
        jdbc.sql("""
                        update topic set title = :title, category = :category, tags = :tags, intro = :intro,
                               bottom_line = :bottomLine, editorial_pick = :pick, editorial_strength = :strength,
                               status = :status, version = :version, updated_at = :updatedAt
                        where id = :id""")
                .params(columns(topic))
                .update();
        jdbc.sql("delete from topic_option where topic_id = :id").param("id", topic.id()).update();
        insertOptions(topic);
        refreshSearch(topic.id());
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from topic)").query(Boolean.class).single();
    }

    TopicPage search(TopicQuery query) {
        String where = """
                 where t.status = 'published'
                   and (cast(:ts as text) is null or t.search @@ to_tsquery('english', :ts))
                   and (cast(:category as text) is null or lower(t.category) = lower(:category))
                   and (cast(:tag as text) is null or :tag = any(t.tags))
                """;
        Map<String, Object> params = new HashMap<>();
        params.put("ts", query.tsQuery());
        params.put("category", query.category());
        params.put("tag", query.tag());
        long total = jdbc.sql("select count(*) from topic t" + where).params(params).query(Long.class).single();
        List<Topic> items = load(jdbc.sql(SELECT_TOPIC + where + """
                         order by case when cast(:ts as text) is null then 0
                                       else ts_rank(t.search, to_tsquery('english', :ts)) end desc, t.title
                         limit :size offset :offset""")
                .params(params)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size()));
        return new TopicPage(items, query.page(), query.size(), total, (total + query.size() - 1) / query.size());
    }

    /**
     * Other published topics ranked by what they share with this one: each shared technology (an option's
     * key or related technology) counts two, each shared tag one.
     */
    List<Topic> related(UUID topicId, int limit) {
        List<UUID> ids = jdbc.sql("""
                        with technologies as (
                            select o.topic_id, o.key as tech from topic_option o
                            union select o.topic_id, r from topic_option o, unnest(o.related) r),
                        mine as (select tags from topic where id = :id)
                        select other.id,
                               2 * (select count(*) from technologies a join technologies b on a.tech = b.tech
                                    where a.topic_id = other.id and b.topic_id = :id)
                               + (select count(*) from unnest(other.tags) tag, mine where tag = any(mine.tags)) as score
                        from topic other
                        where other.id <> :id and other.status = 'published'
                        order by score desc, other.title""")
                .param("id", topicId)
                .query((rs, n) -> rs.getLong("score") > 0 ? rs.getObject("id", UUID.class) : null)
                .list().stream().filter(Objects::nonNull).limit(limit).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Topic> byId = new LinkedHashMap<>();
        load(jdbc.sql(SELECT_TOPIC + " where t.id in (:ids)").param("ids", ids)).forEach(t -> byId.put(t.id(), t));
        return ids.stream().map(byId::get).toList();
    }

    private Map<String, Object> columns(Topic topic) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", topic.id());
        columns.put("slug", topic.slug());
        columns.put("title", topic.title());
        columns.put("category", topic.category());
        columns.put("tags", topic.tags().toArray(String[]::new));
        columns.put("intro", topic.intro());
        columns.put("bottomLine", topic.bottomLine());
        columns.put("pick", topic.editorialPick().option());
        columns.put("strength", topic.editorialPick().strength());
        columns.put("status", topic.status().value());
        columns.put("version", topic.version());
        columns.put("updatedAt", Timestamp.from(topic.updatedAt()));
        return columns;
    }

    private void insertOptions(Topic topic) {
        for (int i = 0; i < topic.options().size(); i++) {
            TopicOption option = topic.options().get(i);
            jdbc.sql("""
                            insert into topic_option (topic_id, position, key, name, description, pros, cons, related, best_for)
                            values (:topicId, :position, :key, :name, :description, :pros, :cons, :related, :bestFor)""")
                    .param("topicId", topic.id())
                    .param("position", i)
                    .param("key", option.key())
                    .param("name", option.name())
                    .param("description", option.description())
                    .param("pros", option.pros().toArray(String[]::new))
                    .param("cons", option.cons().toArray(String[]::new))
                    .param("related", option.related().toArray(String[]::new))
                    .param("bestFor", option.bestFor())
                    .update();
        }
    }

    /** Title weighs most, then option names and tags. */
    private void refreshSearch(UUID id) {
        jdbc.sql("""
                        update topic t set search =
                            setweight(to_tsvector('english', t.title), 'A')
                            || setweight(to_tsvector('english', coalesce((select string_agg(o.name || ' ' || o.key, ' ')
                                                                          from topic_option o where o.topic_id = t.id), '')), 'B')
                            || setweight(to_tsvector('simple', array_to_string(t.tags, ' ')), 'B')
                        where t.id = :id""")
                .param("id", id)
                .update();
    }

    private List<Topic> load(JdbcClient.StatementSpec statement) {
        List<Topic> topics = statement.query(this::topicRow).list();
        if (topics.isEmpty()) {
            return topics;
        }
        Map<UUID, List<TopicOption>> options = new LinkedHashMap<>();
        jdbc.sql("""
                        select topic_id, key, name, description, pros, cons, related, best_for
                        from topic_option where topic_id in (:ids) order by topic_id, position""")
                .param("ids", topics.stream().map(Topic::id).toList())
                .query((ResultSet rs) -> {
                    options.computeIfAbsent(rs.getObject("topic_id", UUID.class), id -> new ArrayList<>())
                            .add(new TopicOption(rs.getString("key"), rs.getString("name"), rs.getString("description"),
                                    strings(rs.getArray("pros")), strings(rs.getArray("cons")),
                                    strings(rs.getArray("related")), rs.getString("best_for")));
                });
        return topics.stream().map(t -> new Topic(t.id(), t.slug(), t.title(), t.category(), t.tags(), t.intro(),
                options.getOrDefault(t.id(), List.of()), t.editorialPick(), t.bottomLine(), t.status(), t.version(),
                t.createdAt(), t.updatedAt(), t.verdict())).toList();
    }

    private Topic topicRow(ResultSet rs, int row) throws SQLException {
        LatestVerdict verdict = rs.getString("winner") == null ? null : new LatestVerdict(rs.getString("winner"),
                rs.getDouble("probability"), json.readValue(rs.getString("split"), SPLIT), rs.getLong("revision"),
                instant(rs, "computed_at"));
        return new Topic(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
                rs.getString("category"), strings(rs.getArray("tags")), rs.getString("intro"), List.of(),
                new EditorialPick(rs.getString("editorial_pick"), rs.getInt("editorial_strength")),
                rs.getString("bottom_line"), TopicStatus.of(rs.getString("status")), rs.getLong("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"), verdict);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
