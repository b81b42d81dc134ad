package dev.nicepick.topics.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What readers are asked: {@code alternatives} (pick one; the default) or {@code complementary} (the options are used
 * together; readers say which matters more to them). Editors choose it; verdict-service words the verdict by it.
 */
public enum ComparisonType {
    ALTERNATIVES, COMPLEMENTARY;

    /** As JSON, events and the database spell it: {@code alternatives}, {@code complementary}. */
    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public static ComparisonType of(String value) {
        return valueOf(value.toUpperCase());
    }
}
