-- Events waiting for the relay. A row is written in the same transaction as the change it announces and
-- deleted once Kafka has acknowledged it, so the table holds only what is not yet delivered.
create table outbox_event (
    seq            bigserial primary key,
    event_id       uuid        not null unique,
    event_type     text        not null,
    stream         text        not null,
    message_key    text        not null,
    source         text        not null,
    occurred_at    timestamptz not null,
    correlation_id text,
    payload        jsonb       not null
);
