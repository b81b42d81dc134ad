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

    /**
     * A probability or share (0 to 1) as a whole percentage, rounded down as verdict-engine's headlines round it (so
     * a page never shows a challenger at the threshold before it has reached it, nor two numbers for one
     * probability), never claiming certainty: {@code >99%}, {@code <1%} at the ends. The one percent format of every page.
     */
    static String percent(double probability) {
        if (probability > 0.99 && probability < 1) {
            return ">99%";
        }
        if (probability > 0 && probability < 0.01) {
            return "<1%";
        }
        return (long) Math.floor(probability * 100 + 1e-9) + "%"; // 1e-9: 0.29 * 100 is 28.999...
    }

    /**
     * A value as JSON to place inside a {@code <script>} element: {@code <}, {@code >} and {@code &} are escaped as
     * {@code \u003c} etc., so no text from the API can close the element.
     */
    static String scriptJson(Object value) {
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** A text field of a JSON object, or null when it is missing, null or not text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private PageText() {
    }
}
