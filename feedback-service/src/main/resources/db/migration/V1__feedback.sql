-- What feedback-service knows of topics, from topics.events.v1: enough to accept or refuse feedback.
create table topic (
    topic_id  uuid primary key,
    slug      text   not null unique,
    version   bigint not null,
    status    text   not null,
    options   text[] not null
);

-- Readers' feedback. A reader's newer feedback on a topic supersedes the older; what counts is each
-- reader's latest, while it is visible (not hidden by a moderator, not withdrawn).
create table feedback (
    id                  uuid primary key,
    topic_id            uuid        not null references topic (topic_id),
    reader              text        not null, -- SHA-256 of the reader key: pseudonymous, never the raw value
    client_address      text        not null,
    stance              text        not null check (stance in ('agree', 'disagree')),
    preferred_option    text        not null,
    comment             text,
    email               text,                 -- personal data: for a reply only, never shown publicly or logged
    status              text        not null check (status in ('visible', 'hidden', 'withdrawn')),
    superseded          boolean     not null default false,
    withdraw_token_hash text        not null,
    moderation_reason   text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

create unique index feedback_latest_per_reader on feedback (topic_id, reader) where not superseded;
create index feedback_reader_recent on feedback (reader, created_at);
create index feedback_address_recent on feedback (client_address, created_at);
create index feedback_topic_status on feedback (topic_id, status, created_at desc);

-- Raised by one with every change to what counts on a topic; events carry it so consumers keep the latest.
create table tally_sequence (
    topic_id  uuid primary key references topic (topic_id),
    sequence  bigint not null
);

-- The first answer to each Idempotency-Key of a reader, to answer a repeat the same way.
create table idempotency_record (
    reader        text        not null,
    key           text        not null,
    request_hash  text        not null,
    status        integer     not null,
    location      text        not null,
    body          jsonb       not null,
    created_at    timestamptz not null,
    primary key (reader, key)
);
