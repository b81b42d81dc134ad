package dev.nicepick.topics.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What sort of thing an option (and a technology) is. Editors are warned when an {@code alternatives} comparison
 * sets different kinds against each other ({@link EditorialWarnings}).
 */
public enum OptionKind {
    LANGUAGE, FRAMEWORK, LIBRARY, RUNTIME, DATABASE, PLATFORM, TOOL, PROTOCOL, FORMAT, ARCHITECTURE, METHOD, CONCEPT,
    SERVICE;

    /** As JSON and the database spell it, e.g. {@code database}. */
    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    /** @param value a spelling from {@link #value()}, or null */
    public static OptionKind ofNullable(String value) {
        return value == null ? null : valueOf(value.toUpperCase());
    }
}
