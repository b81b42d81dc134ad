package dev.nicepick.gateway.page;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * schema.org JSON-LD for each page (https://schema.org; Google's structured-data guidelines): a comparison is an
 * {@code Article} about its options with the verdict as its {@code Review}; the home page is the {@code WebSite} with
 * its {@code SearchAction}; a technology is a {@code DefinedTerm}.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";
    private static final String SITE_NAME = "nicepick";

    /**
     * The comparison: {@code headline}, {@code description}, {@code about} (each option as a {@code Thing} with name
     * and description), {@code dateModified}, {@code publisher}, and a {@code review} whose {@code reviewBody} is the
     * bottom line and whose {@code itemReviewed} is the winner, or, when the outcome names none (too close, use
     * both), the comparison itself by its headline.
     */
    static Map<String, Object> comparison(PageSettings site, JsonNode topic, JsonNode verdict, Outcome outcome, String description,
                                          Function<String, String> nameOf) {
        String slug = topic.path("slug").asString("");
        String url = site.absolute("/compare/" + slug);
        String headline = topic.path("title").asString(slug);
        Map<String, Object> article = root("Article");
        article.put("headline", headline);
        article.put("description", description);
        article.put("url", url);
        article.put("mainEntityOfPage", url);
        article.put("about", topic.path("options").values().stream().map(option -> {
            Map<String, Object> thing = typed("Thing");
            thing.put("name", option.path("name").asString(""));
            thing.put("description", option.path("description").asString(""));
            thing.put("url", site.absolute("/tech/" + option.path("key").asString("")));
            return thing;
        }).toList());
        String modified = latest(PageText.text(topic, "updatedAt"), PageText.text(verdict, "computedAt"));
        if (modified != null) {
            article.put("dateModified", modified);
        }
        if (PageText.text(topic, "createdAt") != null) {
            article.put("datePublished", PageText.text(topic, "createdAt"));
        }
        article.put("publisher", organization(site));
        article.put("author", organization(site));
        String bottomLine = PageText.text(verdict, "bottomLine") != null ? PageText.text(verdict, "bottomLine") : PageText.text(topic, "bottomLine");
        String winner = PageText.text(verdict, "winner") != null ? PageText.text(verdict, "winner") : topic.path("editorialPick").path("option").asString(null);
        if (bottomLine != null) {
            Map<String, Object> review = typed("Review");
            review.put("reviewBody", bottomLine);
            review.put("author", organization(site));
            Map<String, Object> reviewed = typed("Thing");
            if (outcome.named() && winner != null) {
                reviewed.put("name", nameOf.apply(winner));
                reviewed.put("url", site.absolute("/tech/" + winner));
            } else {
                reviewed.put("name", headline);
                reviewed.put("url", url);
            }
            review.put("itemReviewed", reviewed);
            article.put("review", review);
        }
        return article;
    }

    /** The site, with a {@code SearchAction} for its search ({@code /?q=}). */
    static Map<String, Object> website(PageSettings site) {
        Map<String, Object> website = root("WebSite");
        website.put("name", SITE_NAME);
        website.put("url", site.absolute("/"));
        Map<String, Object> search = typed("SearchAction");
        search.put("target", Map.of("@type", "EntryPoint", "urlTemplate", site.absolute("/?q={search_term_string}")));
        search.put("query-input", "required name=search_term_string");
        website.put("potentialAction", search);
        return website;
    }

    /** A technology as a term the site defines, with the comparisons it appears in as its subjects of. */
    static Map<String, Object> technology(PageSettings site, String key, String name, String description, List<String> comparisonUrls) {
        Map<String, Object> term = root("DefinedTerm");
        term.put("name", name);
        term.put("termCode", key);
        term.put("description", description);
        term.put("url", site.absolute("/tech/" + key));
        term.put("subjectOf", comparisonUrls.stream().map(url -> Map.of("@type", "Article", "url", url)).toList());
        return term;
    }

    private static Map<String, Object> organization(PageSettings site) {
        Map<String, Object> organization = typed("Organization");
        organization.put("name", SITE_NAME);
        organization.put("url", site.absolute("/"));
        return organization;
    }

    private static Map<String, Object> typed(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }

    /** The outermost node of a page's JSON-LD, which names the vocabulary. */
    private static Map<String, Object> root(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", CONTEXT);
        node.put("@type", type);
        return node;
    }

    /** The later of two ISO-8601 instants, either of which may be null (or, unreadable, loses). */
    private static String latest(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        try {
            return Instant.parse(first).isBefore(Instant.parse(second)) ? second : first;
        } catch (DateTimeParseException e) {
            return first;
        }
    }

    private StructuredData() {
    }
}
