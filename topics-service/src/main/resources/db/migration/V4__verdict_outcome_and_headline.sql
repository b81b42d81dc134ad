-- What a verdict revision concludes (winner, too-close, use-both) and its one-sentence headline, as VerdictIssued
-- carries them. Revisions kept before this had a winner and no headline.
alter table topic_verdict add column outcome text not null default 'winner';
alter table topic_verdict add column headline text;
