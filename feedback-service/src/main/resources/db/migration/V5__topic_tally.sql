-- Issue 16. Each topic's tally kept as it changes, instead of recounted from the feedback on every change: per option,
-- how many feedback count (each reader's latest, while visible). Tallies applies each change's deltas in the change's
-- transaction, under the topic's tally_sequence row lock. Options a topic no longer has keep their rows, as a recount
-- would still find their votes; the tally an event carries lists only the topic's current options.
create table topic_tally (
    topic_id  uuid   not null references topic (topic_id),
    option    text   not null,
    votes     bigint not null check (votes >= 0),
    primary key (topic_id, option)
);

insert into topic_tally (topic_id, option, votes)
select topic_id, preferred_option, count(*) from feedback
where status = 'visible' and not superseded
group by topic_id, preferred_option;
