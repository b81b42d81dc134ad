package dev.nicepick.gateway.page;

import java.util.Optional;

/** How pages read their numeric query parameters: a page number from 1, or absent. */
final class QueryParameters {

    /** Pages past this are no page: topics-service takes page numbers up to 10,000 (from 0). */
    static final int LAST_PAGE = 10_001;

    /**
     * A page number: 1 when absent or empty, the number when it is 1 to {@value #LAST_PAGE}, otherwise empty (the
     * page answers 400 naming the parameter).
     */
    static Optional<Integer> pageNumber(Optional<String> value) {
        String text = value.orElse("");
        if (text.isEmpty()) {
            return Optional.of(1);
        }
        if (!text.matches("[0-9]{1,5}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= LAST_PAGE ? Optional.of(number) : Optional.empty();
    }

    private QueryParameters() {
    }
}
