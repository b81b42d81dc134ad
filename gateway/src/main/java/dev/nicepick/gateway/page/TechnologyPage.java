package dev.nicepick.gateway.page;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A technology's page {@code /tech/{key}} from topics-service's {@code GET /api/technologies/{key}}: its display name
 * and kind, the comparisons it appears in (as an option or as related) with each one's pick or outcome, and its
 * related technologies. An unknown key is a 404 page; topics-service away, a 503.
 */
@Component
class TechnologyPage {

    private final ServiceReads reads;
    private final PageSettings site;

    TechnologyPage(ServiceReads reads, PageSettings site) {
        this.reads = reads;
        this.site = site;
    }

    /**
     * @param role    "an option" or "related"
     * @param verdict "Nice Pick: X", "Too close to call" or "Use both"
     */
    record Comparison(String href, String title, String role, String verdict) {
    }

    Mono<PageResult> render(String key) {
        return reads.topics("/api/technologies/{key}", key).map(reply -> {
            if (reply.status() == 404) {
                return new PageResult.NotFound("There is no technology called '" + key + "'.");
            }
            if ((reply.status() == 301 || reply.status() == 308) && reply.redirectedSlug() != null) {
                return new PageResult.Moved("/tech/" + reply.redirectedSlug());
            }
            if (!reply.ok()) {
                return new PageResult.Unavailable();
            }
            return page(reply.body());
        });
    }

    private PageResult page(JsonNode technology) {
        String key = technology.path("key").asString("");
        String name = technology.path("name").asString(PageText.titleCase(key));
        String kind = PageText.text(technology, "kind");
        List<Comparison> comparisons = technology.path("comparisons").values().stream().map(comparison -> new Comparison(
                "/compare/" + comparison.path("slug").asString(""), comparison.path("title").asString(""),
                "related".equals(PageText.text(comparison, "role")) ? "related" : "an option",
                Outcome.of(comparison).words(comparison.path("pick").path("name").asString(comparison.path("pick").path("option").asString(""))))).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("name", name);
        model.put("kind", kind);
        model.put("comparisons", comparisons);
        model.put("related", technology.path("related").values().stream().map(related -> new Link(
                "/tech/" + related.path("key").asString(""), related.path("name").asString(PageText.titleCase(related.path("key").asString(""))))).toList());
        String description = name + (kind == null ? "" : ", " + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a") + " " + kind + ",") + " in "
                + comparisons.size() + (comparisons.size() == 1 ? " comparison" : " comparisons") + " on nicepick, each with its pick.";
        model.put("seo", new Seo(name, description, site.absolute("/tech/" + key), "article",
                PageText.scriptJson(StructuredData.technology(site, key, name, description,
                        comparisons.stream().map(comparison -> site.absolute(comparison.href())).toList())), null, true));
        return new PageResult.Page("technology", model);
    }
}
