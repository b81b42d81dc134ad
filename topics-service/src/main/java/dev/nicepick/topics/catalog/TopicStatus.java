package dev.nicepick.topics.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

public enum TopicStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    @JsonValue
    public String value() {
        return name().toLowerCase();
    }

    public static TopicStatus of(String value) {
        return valueOf(value.toUpperCase());
    }
}
