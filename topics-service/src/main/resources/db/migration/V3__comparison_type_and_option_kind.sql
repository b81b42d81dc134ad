-- A comparison's type (ComparisonType: readers pick one, or say which of options used together matters more) and
-- each option's kind (OptionKind). Existing topics were all written as alternatives; their kinds stay unknown until
-- an editor sets them.
alter table topic add column type text not null default 'alternatives'
    check (type in ('alternatives', 'complementary'));

alter table topic_option add column kind text
    check (kind in ('language', 'framework', 'library', 'runtime', 'database', 'platform', 'tool', 'protocol', 'format',
                    'architecture', 'method', 'concept', 'service'));
