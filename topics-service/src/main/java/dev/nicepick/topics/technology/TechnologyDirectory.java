package dev.nicepick.topics.technology;

import dev.nicepick.topics.catalog.ComparisonType;
import dev.nicepick.topics.catalog.OptionKind;
import dev.nicepick.web.problem.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Technology pages and the index, read from the {@code technology_entry} and {@code technology_use} views
 * (V5__technology.sql): only public comparisons count, so a key that only drafts name has no page.
 */
@Repository
class TechnologyDirectory {

    private final JdbcClient jdbc;

    TechnologyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a public comparison names the key (as {@link #get} would find it). */
    @Transactional(readOnly = true)
    boolean exists(String key) {
        return jdbc.sql("select exists (select 1 from technology_entry where key = :key)").param("key", key)
                .query(Boolean.class).single();
    }

    /** @throws dev.nicepick.web.problem.ApiProblem 404 when no public comparison names the key */
    @Transactional(readOnly = true)
    Technology get(String key) {
        TechnologySummary entry = jdbc.sql("select key, name, kind, comparisons from technology_entry where key = :key")
                .param("key", key)
                .query((rs, n) -> new TechnologySummary(rs.getString("key"), rs.getString("name"),
                        OptionKind.ofNullable(rs.getString("kind")), rs.getLong("comparisons")))
                .optional().orElseThrow(() -> Problems.notFound("technology", key));
        return new Technology(entry.key(), entry.name(), entry.kind(), comparisons(key), related(key));
    }

    /** Technologies by display name (letter case aside, in code-point order, the same on every database), one page. */
    @Transactional(readOnly = true)
    TechnologyPage list(int page, int size) {
        long total = jdbc.sql("select count(*) from technology_entry").query(Long.class).single();
        List<TechnologySummary> items = jdbc.sql("""
                        select key, name, kind, comparisons from technology_entry
                        order by lower(name) collate "C", key limit :size offset :offset""")
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new TechnologySummary(rs.getString("key"), rs.getString("name"),
                        OptionKind.ofNullable(rs.getString("kind")), rs.getLong("comparisons")))
                .list();
        return new TechnologyPage(items, page, size, total, (total + size - 1) / size);
    }

    /** One entry per comparison: as an option wins over as related; options first, then by title. */
    private List<Technology.Comparison> comparisons(String key) {
        return jdbc.sql("""
                        select t.slug, t.title, t.type,
                               case when bool_or(u.role = 'option') then 'option' else 'related' end as role,
                               coalesce(v.winner, t.editorial_pick) as pick,
                               (select o.name from topic_option o
                                where o.topic_id = t.id and o.key = coalesce(v.winner, t.editorial_pick)) as pick_name,
                               coalesce(v.outcome, case when t.type = 'complementary' then 'use-both' else 'winner' end)
                                   as outcome
                        from technology_use u
                             join topic t on t.id = u.topic_id
                             left join topic_verdict v on v.topic_id = t.id
                        where u.key = :key
                        group by t.id, v.topic_id
                        order by role, t.title""")
                .param("key", key)
                .query((rs, n) -> new Technology.Comparison(rs.getString("slug"), rs.getString("title"),
                        ComparisonType.of(rs.getString("type")), rs.getString("role"),
                        new Technology.Pick(rs.getString("pick"), rs.getString("pick_name")), rs.getString("outcome")))
                .list();
    }

    /**
     * What the curated entry relates it to, what the options that are this technology relate to, and the options that
     * relate to it; only technologies with a page of their own.
     */
    private List<Technology.Related> related(String key) {
        return jdbc.sql("""
                        select e.key, e.name from technology_entry e
                        where e.key <> :key and e.key in (
                            select unnest(c.related) from technology c where c.key = :key
                            union
                            select unnest(o.related) from topic_option o join topic t on t.id = o.topic_id
                            where t.status <> 'draft' and o.key = :key
                            union
                            select o.key from topic_option o join topic t on t.id = o.topic_id
                            where t.status <> 'draft' and :key = any(o.related))
                        order by lower(e.name) collate "C", e.key""")
                .param("key", key)
                .query((rs, n) -> new Technology.Related(rs.getString("key"), rs.getString("name")))
                .list();
    }
}
