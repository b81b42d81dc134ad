package dev.nicepick.gateway.page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text rules every page shares: display names for keys, dates, percentages, JSON inside a script element. */
final class PageText {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** {@code message-queues} → {@code Message Queues}: the name of a technology the technology API does not know. */
    static String titleCase(String key) {
        return Arrays.stream(key.split("-")).filter(part -> !part.isEmpty())
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** A category as shown: {@code data-stores} → {@code data stores} (CSS capitalizes). */
    static String category(String category) {
        return category == null ? "" : category.replace('-', ' ');
    }

    /** An ISO-8601 instant as a day ({@code 30 Nov 2026}, UTC), or the text itself when it is no instant. */
    static String day(String instant) {
        if (instant == null || instant.isEmpty()) {
            return "";
        }
        try {
            return DAY.format(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    /**
     * An ISO-8601 instant as HTML's {@code <time datetime>} takes it (at most milliseconds), or empty when it is no
     * instant.
     */
    static String datetime(String instant) {
        try {
            return Instant.parse(instant).truncatedTo(ChronoUnit.MILLIS).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            return "";
        }
    }

    /** A probability (0 to 1) as a whole percentage, never claiming certainty: {@code >99%}, {@code <1%}. */
    static String percent(double probability) {
        if (probability > 0.99 && probability < 1) {
            return ">99%";
        }
        if (probability > 0 && probability < 0.01) {
            return "<1%";
        }
        return Math.round(probability * 100) + "%";
    }

    /**
     * A value as JSON to place inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are escaped as
     * {@code \u003c} etc., so no text from the API can close the element.
     */
    static String scriptJson(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /**
     * The words for a verdict's outcome that names no winner ({@code too-close}, {@code use-both}), or null for a
     * winner (and for a service too old to say).
     */
    static String outcomeWithoutWinner(String outcome) {
        return switch (outcome == null ? "winner" : outcome) {
            case "too-close" -> "Too close to call";
            case "use-both" -> "Use both";
            default -> null;
        };
    }

    /** A text field of a JSON object, or null when it is missing, null or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private PageText() {
    }
}
