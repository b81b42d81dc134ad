-- Every repeat of an Idempotency-Key is answered 202 with the stored body: the status column was written
-- (always 202) and never read.
alter table idempotency_record drop column status;
