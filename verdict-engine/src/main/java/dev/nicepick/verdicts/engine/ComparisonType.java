package dev.nicepick.verdicts.engine;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;

/**
 * What editors say a comparison is (docs/verdict-model.md, "Comparison types"). JSON and event value:
 * {@link #value()}.
 */
public enum ComparisonType {
    /** Readers pick one of the options; the verdict names a winner, or says it is too close to call. */
    ALTERNATIVES("alternatives"),
    /** The options are used together; readers say which matters more to them, and the verdict is "use both". */
    COMPLEMENTARY("complementary");

    private final String value;

    ComparisonType(String value) {
        this.value = value;
    }

    /** @return {@code alternatives} or {@code complementary} */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * @param value {@code alternatives}, {@code complementary}, or null (older topic events, which mean alternatives)
     * @throws IllegalArgumentException for any other value
     */
    public static ComparisonType of(String value) {
        if (value == null) {
            return ALTERNATIVES;
        }
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown comparison type: " + value));
    }
}
