-- What verdict-service knows of each topic, as the last topic event told it (event-carried state).
create table topic (
    topic_id  uuid primary key,
    slug      text   not null unique,
    version   bigint not null,
    status    text   not null,
    state     jsonb  not null
);

-- The latest vote tally of each topic; a tally with a higher sequence replaces it, others are ignored.
create table tally (
    topic_id  uuid primary key,
    sequence  bigint not null,
    votes     jsonb  not null
);

-- Every verdict revision with the inputs that produced it; the current verdict is the highest revision.
create table verdict_revision (
    topic_id       uuid             not null,
    revision       bigint           not null,
    winner         text             not null,
    probability    double precision not null,
    probabilities  jsonb            not null,
    split          jsonb            not null,
    editorial_pick text             not null,
    overturned     boolean          not null,
    reason         text             not null,
    reason_text    text             not null,
    use_if         jsonb            not null,
    bottom_line    text             not null,
    inputs         jsonb            not null,
    computed_at    timestamptz      not null,
    primary key (topic_id, revision)
);

-- Which replica recomputed which topic in a recompute run: how a distributed run reports its spread.
create table recompute_item (
    run_id    uuid        not null,
    topic_id  uuid        not null,
    instance  text        not null,
    done_at   timestamptz not null,
    primary key (run_id, topic_id)
);
