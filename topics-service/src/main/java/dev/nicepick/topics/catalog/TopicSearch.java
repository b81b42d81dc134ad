package dev.nicepick.topics.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static dev.nicepick.topics.catalog.TopicRows.SELECT_TOPIC;

/** What readers find: published topics ranked by a text search, and by what they share with another topic. */
@Repository
class TopicSearch {

    /**
     * Each topic's counted votes ({@code s.votes}) and the lead of its top option over the second ({@code s.margin}),
     * both 0 before any vote, from the split of the latest verdict; joined after {@link TopicRows#SELECT_TOPIC}.
     */
    static final String VOTES = """
             left join lateral (
                 select coalesce(sum(n), 0) as votes,
                        coalesce(sum(n) filter (where rank = 1), 0) - coalesce(sum(n) filter (where rank = 2), 0) as margin
                 from (select cast(value as bigint) as n, row_number() over (order by cast(value as bigint) desc) as rank
                       from jsonb_each_text(v.split)) per_option) s on true
            """;

    private final JdbcClient jdbc;
    private final TopicRows rows;

    TopicSearch(JdbcClient jdbc, TopicRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * Published topics matching the query's filters, in the query's order (else best text match first, then by
     * title); one page of them.
     */
    TopicPage find(TopicQuery query) {
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
        String order = query.sort() != null ? query.sort().orderBy : """
                case when cast(:ts as text) is null then 0 else ts_rank(t.search, to_tsquery('english', :ts)) end desc,
                t.title""";
        List<Topic> items = rows.load(jdbc.sql(SELECT_TOPIC + VOTES + where + " order by " + order
                        + " limit :size offset :offset")
                .params(params)
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size()));
        return new TopicPage(items, query.page(), query.size(), total, (total + query.size() - 1) / query.size());
    }

    /**
     * Other published topics ranked by what they share with this one: each shared technology (an option's
     * key or related technology) counts two, each shared tag one.
     *
     * @return at most {@code limit} topics sharing something, best first (then by title)
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
        rows.load(jdbc.sql(SELECT_TOPIC + " where t.id in (:ids)").param("ids", ids)).forEach(t -> byId.put(t.id(), t));
        return ids.stream().map(byId::get).toList();
    }
}
