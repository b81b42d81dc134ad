-- Issue 14. What a vote's stance means depends on the comparison's type and on the pick in force.
-- type: alternatives (readers pick one) or complementary (readers say which matters more); older topic events
-- carry none and mean alternatives. editorial_pick: the editors' pick, in force until a verdict names a winner.
alter table topic add column type text not null default 'alternatives' check (type in ('alternatives', 'complementary'));
alter table topic add column editorial_pick text;

-- The winner of each topic's newest verdict revision, from verdicts.v1. No reference to topic: a verdict may arrive
-- before its topic does (two streams), and it must not be lost then.
create table topic_verdict (
    topic_id  uuid   primary key,
    revision  bigint not null,
    winner    text
);

-- Each option's pros and cons as the topic's newest version has them, replaced whenever a newer version applies.
create table topic_item (
    topic_id   uuid    not null references topic (topic_id),
    option     text    not null,
    list       text    not null check (list in ('pros', 'cons')),
    position   integer not null,
    text_hash  text    not null, -- SHA-256 of the text: what a reader's mark is kept against
    primary key (topic_id, option, list, position)
);

-- A reader's mark on one pro ("this matters to me") or con ("this con is wrong"), against the item's text: an edit
-- that reorders a list keeps its marks, a rewording starts fresh. One per reader and item.
create table item_vote (
    reader      text        not null, -- SHA-256 of the reader key, as in feedback
    topic_id    uuid        not null references topic (topic_id),
    option      text        not null,
    list        text        not null check (list in ('pros', 'cons')),
    text_hash   text        not null,
    created_at  timestamptz not null,
    primary key (topic_id, option, list, text_hash, reader)
);

-- Readers' suggestions of comparisons ("A vs B"). pair_key is the pair normalized (lower case, spaces collapsed,
-- the two sorted), so "Kafka vs RabbitMQ" and "rabbitmq vs kafka" count as one; one per reader and pair.
create table suggestion (
    id          uuid        primary key,
    reader      text        not null,
    first       text        not null,
    second      text        not null,
    pair_key    text        not null,
    reason      text,
    created_at  timestamptz not null,
    unique (reader, pair_key)
);

create index suggestion_pair on suggestion (pair_key);
create index suggestion_reader_recent on suggestion (reader, created_at);
