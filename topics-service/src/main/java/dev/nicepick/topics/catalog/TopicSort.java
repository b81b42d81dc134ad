package dev.nicepick.topics.catalog;

import dev.nicepick.web.problem.Problems;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The orders a listing may ask for ({@code sort=}); without one, the best text match comes first. Votes are the
 * counted votes of the latest verdict topics-service holds ({@code topic_verdict.split}), read by
 * {@link TopicSearch#VOTES}.
 */
enum TopicSort {
    /** Most recently created first. */
    NEWEST("newest", "t.created_at desc, t.title"),
    /** Most counted votes first. */
    MOST_VOTED("most-voted", "s.votes desc, t.title"),
    /**
     * Closest split first: the smallest margin (top share minus second share), ties broken by more votes; topics
     * nobody has voted on come last.
     */
    MOST_CONTESTED("most-contested",
            "s.votes = 0, cast(s.margin as double precision) / nullif(s.votes, 0), s.votes desc, t.title");

    private final String value;
    /** A fixed {@code order by} list over {@code topic t} and the votes {@code s}; never built from input. */
    final String orderBy;

    TopicSort(String value, String orderBy) {
        this.value = value;
        this.orderBy = orderBy;
    }

    /**
     * @param value as a client writes it, e.g. {@code most-voted}; null for none
     * @return the sort, or null for none
     * @throws dev.nicepick.web.problem.ApiProblem 400 on field {@code sort}, listing the values there are
     */
    static TopicSort of(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(values()).filter(sort -> sort.value.equals(value)).findFirst()
                .orElseThrow(() -> Problems.invalid("sort", "OneOf", "must be one of " + Arrays.stream(values())
                        .map(sort -> sort.value).collect(Collectors.joining(", "))));
    }
}
