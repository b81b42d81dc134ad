-- Verdict model v2 (docs/verdict-model.md): each revision keeps the comparison type it was computed for, its outcome
-- (winner, too-close, use-both), its headline and readers' progress toward a change of pick. Revisions from before
-- are winners of alternatives comparisons, which is what v1 computed; they have no headline or progress (the next
-- refresh or a recompute gives the topic a revision that has both). The topic's own type is in topic.state, with
-- the rest of what its last event said.
alter table verdict_revision
    add column type     text not null default 'alternatives' check (type in ('alternatives', 'complementary')),
    add column outcome  text not null default 'winner' check (outcome in ('winner', 'too-close', 'use-both')),
    add column headline text,
    add column progress jsonb;

-- The defaults only fill the rows that exist; every new revision states its own.
alter table verdict_revision alter column type drop default, alter column outcome drop default;

-- The feed of all topics' verdict changes reads the newest revisions first.
create index verdict_revision_computed_at_idx on verdict_revision (computed_at desc, revision desc);
