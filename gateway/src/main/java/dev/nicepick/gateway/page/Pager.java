package dev.nicepick.gateway.page;

import java.util.function.IntFunction;

/**
 * Previous and next links of a paged list, and "Page 2 of 3".
 *
 * @param prev  the previous page's address, or null on the first
 * @param next  the next page's address, or null on the last
 * @param label "Page N of M"
 */
record Pager(String prev, String next, String label) {

    /** For page {@code current} of {@code pages} (both from 1), addresses by {@code link}; null when there is one page. */
    static Pager of(int pages, int current, IntFunction<String> link) {
        if (pages <= 1) {
            return null;
        }
        return new Pager(current > 1 ? link.apply(current - 1) : null, current < pages ? link.apply(current + 1) : null,
                "Page " + current + " of " + pages);
    }

    /**
     * What a 404 page says for a page number past the last of {@code pages} pages of {@code list} ("comparisons",
     * "comments"): which page is the last. (Page 1 of an empty list is a page: it says the list is empty.)
     */
    static String pastTheEnd(String list, int pages) {
        return "There is no such page of " + list + ": the last is page " + Math.max(pages, 1) + ".";
    }
}
