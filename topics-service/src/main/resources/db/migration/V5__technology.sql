-- Technologies: every option key and related key of a public (published or archived) comparison has a page. The
-- table holds curated entries (seed/technologies.json: display name, kind, related technologies); a key no entry
-- names still gets one from the views below: the option's name, else the key title-cased ("event-loop" ->
-- "Event Loop"), so an editor's new key never leads to a page without a name.
create table technology (
    key      text   primary key,
    name     text   not null,
    kind     text   check (kind in ('language', 'framework', 'library', 'runtime', 'database', 'platform', 'tool',
                                    'protocol', 'format', 'architecture', 'method', 'concept', 'service')),
    related  text[] not null default '{}'
);

-- Each mention of a key in a public comparison: as one of its options, or as a technology an option relates to.
create view technology_use as
    select o.key, 'option' as role, t.id as topic_id, o.name as option_name, o.kind as option_kind
    from topic t join topic_option o on o.topic_id = t.id
    where t.status <> 'draft'
    union all
    select r.key, 'related', t.id, null, null
    from topic t join topic_option o on o.topic_id = t.id cross join unnest(o.related) as r (key)
    where t.status <> 'draft';

-- Every technology with a page: its display name, kind and how many public comparisons mention it.
create view technology_entry as
    select u.key,
           coalesce(c.name, min(u.option_name), initcap(replace(u.key, '-', ' '))) as name,
           coalesce(c.kind, min(u.option_kind)) as kind,
           count(distinct u.topic_id) as comparisons
    from technology_use u left join technology c on c.key = u.key
    group by u.key, c.name, c.kind;
