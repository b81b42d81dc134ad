package dev.nicepick.topics.catalog;

import dev.nicepick.web.slug.SlugKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.nicepick.topics.catalog.TopicRows.SELECT_TOPIC;

/**
 * Where topics are kept: editors' writes (each keeping the search text and the slug key current) and the
 * lookups those writes need, by slug. Ranked reads are {@link TopicSearch}'s.
 */
@Repository
class TopicStore {

    private final JdbcClient jdbc;
    private final TopicRows rows;

    TopicStore(JdbcClient jdbc, TopicRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    void insert(Topic topic) {
        jdbc.sql("""
                        insert into topic (id, slug, slug_key, title, type, category, tags, intro, bottom_line, editorial_pick,
                                           editorial_strength, status, version, created_at, updated_at)
                        values (:id, :slug, :slugKey, :title, :type, :category, :tags, :intro, :bottomLine, :pick, :strength,
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
                        update topic set title = :title, type = :type, category = :category, tags = :tags, intro = :intro,
                               bottom_line = :bottomLine, editorial_pick = :pick, editorial_strength = :strength,
                               status = :status, version = :version, updated_at = :updatedAt
                        where id = :id""")
                .params(columns(topic))
                .update();
        jdbc.sql("delete from topic_option where topic_id = :id").param("id", topic.id()).update();
        insertOptions(topic);
        refreshSearch(topic.id());
    }

    Optional<Topic> findBySlug(String slug) {
        return bySlug(slug, "");
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
        return bySlug(slug, " for update of t");
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from topic)").query(Boolean.class).single();
    }

    private Optional<Topic> bySlug(String slug, String lock) {
        return rows.load(jdbc.sql(SELECT_TOPIC + " where t.slug = :slug" + lock).param("slug", slug)).stream().findFirst();
    }

    private Map<String, Object> columns(Topic topic) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", topic.id());
        columns.put("slug", topic.slug());
        columns.put("title", topic.title());
        columns.put("type", topic.type().value());
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
                            insert into topic_option (topic_id, position, key, name, kind, description, pros, cons, related, best_for)
                            values (:topicId, :position, :key, :name, :kind, :description, :pros, :cons, :related, :bestFor)""")
                    .param("topicId", topic.id())
                    .param("position", i)
                    .param("key", option.key())
                    .param("name", option.name())
                    .param("kind", option.kind() == null ? null : option.kind().value())
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
}
