-- One row per lag sample: a feedback change (accepted at accepted_at) reached this service's hop lag_us
-- microseconds later. Samples are chosen by accepted_at, per hop; rows older than the retention are pruned.
create table propagation_lag (
    hop         text        not null,
    accepted_at timestamptz not null,
    reached_at  timestamptz not null,
    lag_us      bigint      not null check (lag_us >= 0)
);

create index propagation_lag_window_idx on propagation_lag (hop, accepted_at);
