package dev.nicepick.gateway.page;

/**
 * What every page's head says about it to search engines and link previews.
 *
 * @param title       the page's own title; the template appends " — nicepick"
 * @param description one or two sentences for {@code <meta name="description">} and {@code og:description}
 * @param canonical   the page's absolute canonical URL ({@link PageSettings#publicBaseUrl()}), or null for an error
 *                    page (no canonical link, no {@code og:url})
 * @param ogType      {@code website} or {@code article}
 * @param jsonLd      schema.org JSON-LD, safe to place in a script element ({@link PageText#scriptJson}), or null
 * @param feed        the path of the page's Atom feed, or null
 * @param indexed     false for pages search engines should not index (the editors' page, errors)
 */
public record Seo(String title, String description, String canonical, String ogType, String jsonLd, String feed, boolean indexed) {
}
