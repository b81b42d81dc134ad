-- The W3C trace context (traceparent, tracestate) of the span that wrote the row, which the relay continues when it
-- sends it (OutboxTracing). Null in rows written before it was kept: their send starts a trace of its own.
alter table outbox_event add column trace_parent text, add column trace_state text;
