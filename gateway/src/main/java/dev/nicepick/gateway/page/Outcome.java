package dev.nicepick.gateway.page;

import tools.jackson.databind.JsonNode;

/**
 * A verdict's outcome and the one wording every page gives it (home cards, the comparison's badge and description,
 * technology pages): a winner is "Nice Pick: X"; the outcomes that name none are "Too close to call" and "Use both".
 * The outcomes are verdict-engine's v2 model ({@code winner}, {@code too-close}, {@code use-both}).
 */
enum Outcome {
    WINNER("winner", "Nice Pick"),
    TOO_CLOSE("too-close", "Too close to call"),
    USE_BOTH("use-both", "Use both");

    private final String key;
    private final String label;

    Outcome(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** A verdict's {@code outcome} field; a verdict that does not say (a service too old to say) has a winner. */
    static Outcome of(JsonNode verdict) {
        return of(PageText.text(verdict, "outcome"));
    }

    /** The outcome for an API value ({@code winner}, {@code too-close}, {@code use-both}); null or unknown is a winner. */
    static Outcome of(String key) {
        for (Outcome outcome : values()) {
            if (outcome.key.equals(key)) {
                return outcome;
            }
        }
        return WINNER;
    }

    /** True when the outcome names a winner. */
    boolean named() {
        return this == WINNER;
    }

    /** "Nice Pick", "Too close to call" or "Use both". */
    String label() {
        return label;
    }

    /** What precedes the pick's name: "Nice Pick: " for a winner, else the whole wording (no name follows). */
    String lead() {
        return named() ? label + ": " : label;
    }

    /** "Nice Pick: {@code pickName}", "Too close to call" or "Use both". */
    String words(String pickName) {
        return named() ? lead() + pickName : label;
    }

    /** The outcome's sentence in a description: "Nice Pick: X.", "Too close to call." or "Use both." (empty for a winner unknown). */
    String sentence(String pickName) {
        if (named()) {
            return pickName == null ? "" : lead() + pickName + ".";
        }
        return label + ".";
    }
}
