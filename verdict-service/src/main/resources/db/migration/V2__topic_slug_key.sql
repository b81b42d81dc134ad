-- Each topic's slug key (SlugKey in web-support: lower case, the parts between "-vs-" sorted, joined by "-vs-"),
-- so any case and any order of its options finds the one canonical slug. Applying a topic event fills it;
-- existing rows get it here by the same rule (collate "C": the character-code order Java sorts by).
-- Unique as in topics-service, which refuses a second topic with the same key.
alter table topic add column slug_key text;

update topic set slug_key = array_to_string(array(
    select part from unnest(string_to_array(lower(slug), '-vs-')) part order by part collate "C"), '-vs-');

alter table topic alter column slug_key set not null;

create unique index topic_slug_key_idx on topic (slug_key);
