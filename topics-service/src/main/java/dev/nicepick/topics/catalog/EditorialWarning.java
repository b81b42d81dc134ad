package dev.nicepick.topics.catalog;

/**
 * Something weak in a topic's content that an editor should see before readers do; it never blocks a write.
 *
 * @param code    {@code placeholder-con}, {@code repeated-con}, {@code short-intro} or {@code mismatched-kinds}
 * @param field   where, as a path into the topic body (e.g. {@code options[1].cons[0]})
 * @param message what is weak and what to do, in words
 */
public record EditorialWarning(String code, String field, String message) {
}
