package dev.nicepick.lab;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the README template: every {@code {{name}}} becomes the figure of that name. A placeholder without a figure
 * is an error (a report never shows a hole or a stale number), and so is a figure the template does not use (a
 * measured figure nobody reads is a mistake in the template).
 */
public final class ReportTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z][a-zA-Z0-9.]*)}}");

    private ReportTemplate() {
    }

    /**
     * @param template the text with {@code {{name}}} placeholders (names: letters, digits, dots)
     * @param figures  each placeholder's text
     * @throws IllegalArgumentException naming the placeholders without figures, or the figures without placeholders
     */
    public static String fill(String template, Map<String, String> figures) {
        Set<String> missing = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String figure = figures.get(name);
            if (figure == null) {
                missing.add(name);
                figure = "";
            }
            used.add(name);
            matcher.appendReplacement(filled, Matcher.quoteReplacement(figure));
        }
        matcher.appendTail(filled);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The template names figures that were not given: " + missing);
        }
        Set<String> unused = new LinkedHashSet<>(figures.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("Figures the template does not show: " + unused);
        }
        return filled.toString();
    }
}
