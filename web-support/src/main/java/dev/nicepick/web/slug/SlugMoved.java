package dev.nicepick.web.slug;

/**
 * A request named a comparison by a variant of its slug (another case or order of its options); answered
 * by {@link SlugMovedRedirects} with a permanent redirect to the same URL with the canonical slug.
 */
public class SlugMoved extends RuntimeException {

    private final String canonical;

    /** @param canonical the slug the comparison is stored under */
    public SlugMoved(String canonical) {
        // a redirect, not a fault: no stack trace to fill
        super("Moved to '" + canonical + "'", null, false, false);
        this.canonical = canonical;
    }

    public String canonical() {
        return canonical;
    }
}
