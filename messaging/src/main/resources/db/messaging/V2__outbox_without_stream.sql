-- The stream of an event follows from its type (EventType.stream()), which the relay reads; the column was
-- written and never read.
alter table outbox_event drop column stream;
