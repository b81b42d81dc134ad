package dev.nicepick.feedback.summary;

import java.util.List;

/**
 * One page of a topic's public comments: each reader's current visible vote that has a comment, newest first.
 *
 * @param page       from 0
 * @param totalPages 0 when there are no comments
 */
public record CommentPage(List<FeedbackSummary.Comment> items, int page, int size, long totalItems, long totalPages) {
}
