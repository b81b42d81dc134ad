-- Fault drills: one row per drill, shared by every replica of the service.
CREATE TABLE fault_drill (
    id         uuid PRIMARY KEY,
    service    text        NOT NULL,
    instance   text        NOT NULL,
    fault      text        NOT NULL CHECK (fault IN ('latency', 'errors', 'unresponsive')),
    seconds    integer     NOT NULL CHECK (seconds > 0),
    started_at timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    -- null while the assault is on; before ends_at when an administrator stopped it
    ended_at   timestamptz
);

-- One open drill per service: the database decides between replicas and concurrent requests.
CREATE UNIQUE INDEX fault_drill_one_open ON fault_drill (service) WHERE ended_at IS NULL;

CREATE INDEX fault_drill_newest ON fault_drill (service, started_at DESC);
