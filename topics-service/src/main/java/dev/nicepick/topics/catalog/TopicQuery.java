package dev.nicepick.topics.catalog;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A listing's filters and order ({@code sort} null: best text match first). Free text becomes a prefix query over every word, so "postg" finds PostgreSQL;
 * only letters and digits reach PostgreSQL's query parser.
 */
record TopicQuery(String text, String category, String tag, TopicSort sort, int page, int size) {

    /** @return a {@code to_tsquery} expression, or null when the text has no words */
    String tsQuery() {
        if (text == null) {
            return null;
        }
        String query = Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .limit(8)
                .map(word -> word.toLowerCase() + ":*")
                .collect(Collectors.joining(" & "));
        return query.isEmpty() ? null : query;
    }
}
