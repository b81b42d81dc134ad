package dev.nicepick.gateway.page;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;


/**
 * What crawlers read besides the pages: {@code robots.txt} (everything but the API, the editors' page and the API
 * documentation may be crawled) and {@code sitemap.xml} (the sitemaps.org protocol: home, every published comparison
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
        Flux<ServiceReads.Reply> topicPages = Flux.range(0, MAX_PAGES)
                .concatMap(page -> reads.topics("/api/topics?page={page}&size={size}", page, PAGE_SIZE))
                .takeUntil(reply -> !reply.ok() || reply.body().path("page").asInt(0) + 1 >= reply.body().path("totalPages").asInt(0));
        return topicPages.collectList().zipWith(technologies.known()).flatMap(parts -> {
            if (parts.getT1().stream().anyMatch(reply -> !reply.ok())) {
                return Mono.empty();
            }
            StringBuilder xml = new StringBuilder("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    """);
            url(xml, "/", null);
            parts.getT1().forEach(reply -> reply.body().path("items").values().forEach(topic ->
                    url(xml, "/compare/" + topic.path("slug").asString(""), PageText.text(topic, "updatedAt"))));
            parts.getT2().keySet().forEach(key -> url(xml, "/tech/" + key, null));
            return Mono.just(xml.append("</urlset>\n").toString());
        });
    }

    private void url(StringBuilder xml, String path, String lastModified) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(site.absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(HtmlUtils.htmlEscape(lastModified)).append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
