package dev.nicepick.lag;

/**
 * A stretch of the way from an accepted feedback change to what readers see, as the lab names it (the {@code hop}
 * tag of {@code nicepick.propagation.lag} and the {@code hop} of {@code GET /api/lab/lag}).
 */
public enum Hop {

    /** verdict-service: a revision's {@code computedAt} − the feedback's {@code acceptedAt}. */
    VOTE_TO_VERDICT("vote-to-verdict"),

    /** topics-service: the moment its projection wrote the revision a page shows − the feedback's {@code acceptedAt}. */
    VOTE_TO_PAGE("vote-to-page");

    private final String value;

    Hop(String value) {
        this.value = value;
    }

    /** As the API and the metric spell it, e.g. {@code vote-to-verdict}. */
    public String value() {
        return value;
    }
}
