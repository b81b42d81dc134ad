package dev.nicepick.verdicts.engine;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/** What kind of verdict it is (docs/verdict-model.md, "Outcomes"). JSON and event value: {@link #value()}. */
public enum Outcome {
    /** An alternatives comparison with a clear enough pick: the winner is the one to use. */
    WINNER("winner"),
    /**
     * An alternatives comparison with at least the minimum votes and no option at least {@code decisive} likely: the
     * pick in force stays the {@code winner} field for stability, but the verdict names no winner.
     */
    TOO_CLOSE("too-close"),
    /** Every complementary comparison: use both; the winner is the option readers say matters more. */
    USE_BOTH("use-both");

    private final String value;

    Outcome(String value) {
        this.value = value;
    }

    /** @return {@code winner}, {@code too-close} or {@code use-both} */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * @param value {@code winner}, {@code too-close}, {@code use-both}, or null (revisions and events from before
     *              outcomes existed, which mean winner)
     * @throws IllegalArgumentException for any other value
     */
    public static Outcome of(String value) {
        if (value == null) {
            return WINNER;
        }
        return Arrays.stream(values()).filter(o -> o.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown outcome: " + value));
    }
}
