package dev.nicepick.topics.catalog;

import java.util.List;

/** One page of a listing; {@code page} counts from 0. */
public record TopicPage(List<Topic> items, int page, int size, long totalItems, long totalPages) {
}
