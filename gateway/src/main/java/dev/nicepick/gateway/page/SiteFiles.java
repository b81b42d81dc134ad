package dev.nicepick.gateway.page;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;


/**
 * What crawlers read besides the pages: {@code robots.txt} (everything but the API, the editors' page and the API
 * documentation may be crawled) and {@code sitemap.xml} (the sitemaps.org protocol: home, the trade-off lab, every published comparison
 * with the day it last changed, every technology).
 */
@Component
class SiteFiles {

    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 100;

    private final ServiceReads reads;
    private final TechnologyNames technologies;
    private final PageSettings site;

    SiteFiles(ServiceReads reads, TechnologyNames technologies, PageSettings site) {
        this.reads = reads;
        this.technologies = technologies;
        this.site = site;
    }

    String robots() {
        return """
                User-agent: *
                Allow: /
                Disallow: /api/
                Disallow: /editor
                Disallow: /docs
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"));
    }

    /** The sitemap, or empty when topics-service does not answer (the route answers 503). */
    Mono<String> sitemap() {
        return reads.topicPages("/api/topics", PAGE_SIZE, MAX_PAGES).collectList().zipWith(technologies.known()).flatMap(parts -> {
            if (parts.getT1().stream().anyMatch(reply -> !reply.ok())) {
                return Mono.empty();
            }
            StringBuilder xml = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    """);
            url(xml, "/", null);
            url(xml, "/lab", null);
            parts.getT1().forEach(reply -> reply.body().path("items").values().forEach(topic ->
                    url(xml, "/compare/" + topic.path("slug").asString(""), PageText.text(topic, "updatedAt"))));
            parts.getT2().keySet().forEach(key -> url(xml, "/tech/" + key, null));
            return Mono.just(xml.append("</urlset>\n").toString());
        });
    }

    private void url(StringBuilder xml, String path, String lastModified) {
        xml.append("  <url><loc>").append(xmlText(site.absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(xmlText(lastModified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }

    /**
     * Text as XML 1.0 element content: {@code &}, {@code <}, {@code >} as XML's own entities (HTML's named
     * entities, such as {@code &eacute;}, are no XML), and characters XML 1.0 cannot hold at all dropped.
     */
    static String xmlText(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
