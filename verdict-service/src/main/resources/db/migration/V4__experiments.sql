-- The lab's recompute experiments (scale up against scale out): one row per run, kept once it is done.
-- A run is 'running' while its work goes on; 'done' with its figures; 'abandoned' when it missed its deadline (or its
-- coordinator stopped): those are never listed.
create table experiment (
    id                    uuid             primary key,
    mode                  text             not null check (mode in ('local', 'distributed')),
    threads               integer          check (threads between 1 and 32),
    passes                integer          not null check (passes between 1 and 200),
    topics                integer          not null,
    units                 integer          not null,
    status                text             not null check (status in ('running', 'done', 'abandoned')),
    started_at            timestamptz      not null,
    deadline_at           timestamptz      not null,
    cores                 integer          not null,
    replicas              integer,
    duration_ms           bigint,
    units_per_second      double precision,
    by_instance           jsonb,
    overhead_per_topic_ms double precision
);

-- One experiment runs at a time across all replicas: the database decides which request gets to start one.
create unique index experiment_one_running_idx on experiment ((true)) where status = 'running';

create index experiment_done_started_at_idx on experiment (started_at desc) where status = 'done';

-- The units of a distributed run, each noted by the replica that computed it: how a run counts its completion and
-- who did what. A redelivered command finds its unit noted and notes nothing twice.
create table experiment_unit (
    experiment_id uuid    not null references experiment (id) on delete cascade,
    topic_id      uuid    not null,
    pass          integer not null,
    instance      text    not null,
    primary key (experiment_id, topic_id, pass)
);
