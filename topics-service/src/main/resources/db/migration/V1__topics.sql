-- A comparison and its options. Options are rows of their own so that "related technologies" can be
-- matched across topics with array operators and an index.
create table topic (
    id                  uuid primary key,
    slug                text        not null unique,
    title               text        not null,
    category            text        not null,
    tags                text[]      not null default '{}',
    intro               text,
    bottom_line         text,
    editorial_pick      text        not null,
    editorial_strength  integer     not null check (editorial_strength between 1 and 100),
    status              text        not null check (status in ('draft', 'published', 'archived')),
    version             bigint      not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    -- title, option names and tags, weighted in that order; kept by the application on every write
    search              tsvector    not null default ''::tsvector
);

create index topic_search_idx on topic using gin (search);
create index topic_tags_idx on topic using gin (tags);
create index topic_status_category_idx on topic (status, category);

create table topic_option (
    topic_id     uuid    not null references topic (id) on delete cascade,
    position     integer not null,
    key          text    not null,
    name         text    not null,
    description  text    not null,
    pros         text[]  not null default '{}',
    cons         text[]  not null default '{}',
    related      text[]  not null default '{}',
    best_for     text,
    primary key (topic_id, position),
    unique (topic_id, key)
);

create index topic_option_related_idx on topic_option using gin (related);

-- The latest verdict of each topic, as verdict-service published it; only a higher revision replaces it.
create table topic_verdict (
    topic_id     uuid primary key,
    revision     bigint           not null,
    winner       text             not null,
    probability  double precision not null,
    split        jsonb            not null,
    computed_at  timestamptz      not null
);
