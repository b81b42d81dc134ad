package dev.nicepick.topics.technology;

import java.util.List;

/** One page of the technology index, by name; {@code page} counts from 0. */
public record TechnologyPage(List<TechnologySummary> items, int page, int size, long totalItems, long totalPages) {
}
