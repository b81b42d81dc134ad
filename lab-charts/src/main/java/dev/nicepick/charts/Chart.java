package dev.nicepick.charts;

import java.util.Objects;

/**
 * What every chart has: an id (unique on the page that shows it: the SVG's internal references start with it, so two
 * inline charts never share one), a title, a sentence for readers who cannot see it, and its size in pixels (the SVG
 * scales to its container by its view box; the size sets the proportions and the text's relative size).
 *
 * @param id          letters, digits and hyphens, e.g. {@code availability-verdicts}
 * @param title       drawn above the chart
 * @param description what the chart shows, in words (the SVG's accessible name)
 * @param width       pixels, 200..4000
 * @param height      pixels, 100..4000
 */
public record Chart(String id, String title, String description, int width, int height) {

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("A chart id is a letter, then up to 63 letters, digits or hyphens: " + id);
        }
        if (width < 200 || width > 4000 || height < 100 || height > 4000) {
            throw new IllegalArgumentException("A chart is 200..4000 pixels wide and 100..4000 high: " + width + "x" + height);
        }
    }

    /** The size the lab page and the reports use unless a chart needs another. */
    public static Chart of(String id, String title, String description) {
        return new Chart(id, title, description, 720, 320);
    }
}
