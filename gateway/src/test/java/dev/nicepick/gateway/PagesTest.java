package dev.nicepick.gateway;

import dev.nicepick.gateway.page.HtmlChecker;
import dev.nicepick.testsupport.http.Api;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The pages as a search engine, a link preview or a reader without JavaScript gets them (HTTP only, no browser):
 * rendered on the server from the real services, with per-page title, description, canonical link, Open Graph and
 * JSON-LD on the configured public base URL; real 404 pages; robots.txt, sitemap.xml and the favicon; valid HTML.
 */
@TestPropertySource(properties = "nicepick.gateway.public-base-url=https://nicepick.example")
class PagesTest extends GatewayTest {

    private static final String BASE = "https://nicepick.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    private Document page(String path) {
        Api.Response response = api().get(path).send();
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        return Jsoup.parse(response.body(), BASE + path);
    }

    private static void assertHead(Document page, String title, String canonical, String ogType) {
        assertThat(page.title()).isEqualTo(title + " — nicepick");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
        assertThat(page.select("meta[property=og:description]").attr("content")).isNotBlank();
        assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo(ogType);
        assertThat(page.select("meta[property=og:site_name]").attr("content")).isEqualTo("nicepick");
        assertThat(page.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        assertThat(page.select("#search-form #q")).hasSize(1);
        assertThat(page.select("main#main")).hasSize(1);
        assertThat(page.select("script[type=module]").attr("src")).startsWith("/js/");
    }

    private static JsonNode structuredData(Document page) {
        return JSON.readTree(page.select("script#structured-data[type=application/ld+json]").first().data());
    }

    @Test
    void theHomePageListsComparisonsWithPicksSortingPagingFiltersAndTheSuggestForm() {
        Document home = page("/");
        assertHead(home, "Opinionated technology comparisons", BASE + "/", "website");
        JsonNode website = structuredData(home);
        assertThat(website.path("@type").asString()).isEqualTo("WebSite");
        assertThat(website.path("url").asString()).isEqualTo(BASE + "/");
        assertThat(website.path("potentialAction").path("@type").asString()).isEqualTo("SearchAction");
        assertThat(website.path("potentialAction").path("target").path("urlTemplate").asString()).isEqualTo(BASE + "/?q={search_term_string}");
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/api/verdicts/feed");

        assertThat(home.select("nav#sort a").eachText()).containsExactly("Newest", "Most voted", "Most contested");
        assertThat(home.select("nav#sort a[aria-current]")).isEmpty();
        assertThat(home.select("details#filters #categories .chip")).isNotEmpty();
        assertThat(home.select("details#filters #tags .chip")).isNotEmpty();
        Element seed = home.select("li.topic-card[data-slug=" + SEED + "]").first();
        assertThat(seed).as("the seed comparison's card on page 1").isNotNull();
        assertThat(seed.select("a.topic-link").attr("href")).isEqualTo("/compare/" + SEED);
        assertThat(seed.select("a.topic-link").text()).isEqualTo("Distributed Systems vs Multiprocessing");
        assertThat(seed.select(".pick").text()).isEqualTo("Nice Pick: Distributed Systems");
        assertThat(home.select("li.topic-card")).hasSize(12);
        assertThat(home.select("nav.pager").text()).contains("Page 1 of ");
        assertThat(home.select("nav.pager a[rel=prev]")).isEmpty();
        String next = home.select("nav.pager a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/?page=2");
        assertThat(home.select("section#suggest form#suggest-form #suggest-first, #suggest-second, #suggest-reason, #suggest-submit"))
                .hasSize(4);
        assertThat(home.select("p#suggest-status[role=status]")).hasSize(1);

        Document second = page(next);
        assertThat(second.select("nav.pager").text()).contains("Page 2 of ");
        assertThat(second.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/");
        assertThat(second.select("li.topic-card")).isNotEmpty()
                .allSatisfy(card -> assertThat(home.select("li.topic-card[data-slug=" + card.attr("data-slug") + "]")).isEmpty());
        assertThat(second.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/?page=2");
    }

    @Test
    void aSortAFilterAndASearchAreKeptInTheirLinks() {
        Document sorted = page("/?sort=most-voted&category=Dynamic");
        assertThat(sorted.select("nav#sort a[aria-current=page]").text()).isEqualTo("Most voted");
        assertThat(sorted.select("#categories .chip[aria-pressed=true]").eachText()).containsExactly("Dynamic");
        assertThat(sorted.select("details#filters").hasAttr("open")).as("active filters are shown").isTrue();
        assertThat(sorted.select("li.topic-card").eachAttr("data-slug")).contains(SEED)
                .allSatisfy(slug -> assertThat(slug).isNotBlank());
        assertThat(sorted.select("#categories .chip[aria-pressed=true]").attr("href")).isEqualTo("/?sort=most-voted");

        List<String> newest = api().get("/api/topics?sort=newest&size=" + 12).send().json().path("items").findValuesAsString("slug");
        assertThat(page("/?sort=newest").select("li.topic-card").eachAttr("data-slug")).isEqualTo(newest);

        Document searched = page("/?q=kafka");
        assertThat(searched.select("h1").text()).contains("kafka");
        assertThat(searched.select("#q").attr("value")).isEqualTo("kafka");
        assertThat(searched.select("li.topic-card").eachAttr("data-slug")).contains("kafka-vs-rabbitmq");

        Document none = page("/?q=zzzznothing");
        assertThat(none.select("p#no-results")).hasSize(1);
        assertThat(none.select("ul#topic-list")).isEmpty();

        Api.Response badSort = api().get("/?sort=loudest").send();
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.header("Content-Type")).startsWith("text/html");
        assertThat(api().get("/?page=0").send().status()).isEqualTo(400);
        assertThat(api().get("/compare/" + SEED + "?comments=x").send().status()).isEqualTo(400);
    }

    @Test
    void theComparisonPageWithoutJavascriptHoldsOptionsVerdictHistoryAndComments() {
        String cookie = readerCookie();
        String comment = "Rendered on the server <b>" + UUID.randomUUID() + "</b>";
        assertThat(api().post("/api/topics/" + SEED + "/feedback", Map.of("stance", "agree", "preferredOption", "distributed-systems",
                "comment", comment)).header("Cookie", cookie).send().status()).isIn(200, 202);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(page("/compare/" + SEED).select("ol#comment-list li .comment-text").eachText()).contains(comment));
        Document page = page("/compare/" + SEED);
        assertHead(page, "Distributed Systems vs Multiprocessing", BASE + "/compare/" + SEED, "article");
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("/api/verdicts/" + SEED + "/feed");

        assertThat(page.select("h1#title").text()).isEqualTo("Distributed Systems vs Multiprocessing");
        assertThat(page.select("p.lead").text()).startsWith("Distributed systems spread work");
        Element pick = page.select("article.option#option-distributed-systems[data-option=distributed-systems]").first();
        assertThat(pick).isNotNull();
        assertThat(pick.select("h2").text()).contains("Distributed Systems");
        assertThat(pick.select("span#nice-pick").text()).isEqualTo("Nice Pick");
        assertThat(page.select("span#nice-pick")).hasSize(1);
        assertThat(pick.select("ul.pros > li[data-item=distributed-systems/pros/0] span.item-text").text()).startsWith("This is essential");
        assertThat(pick.select("ul.cons > li[data-item^=distributed-systems/cons/] span.item-text")).isNotEmpty();
        assertThat(pick.select("ul.pros > li span.item-count")).isNotEmpty();
        assertThat(pick.select("p.related a").eachAttr("href")).contains("/tech/microservices", "/tech/message-queues");
        assertThat(pick.select("p.related a[href=/tech/message-queues]").text()).as("the technology's display name, never the raw key")
                .isEqualTo(api().get("/api/technologies/message-queues").send().json().path("name").asString()).isNotEqualTo("message-queues");
        assertThat(pick.select(".kind").text()).isEqualTo(api().get("/api/topics/" + SEED).send().json().path("options").path(0).path("kind").asString());
        assertThat(page.select("article.option#option-multiprocessing span#nice-pick")).isEmpty();

        JsonNode verdict = api().get("/api/verdicts/" + SEED).send().json();
        assertThat(page.select("section#verdict p#headline").text()).as("the verdict's headline verbatim")
                .isEqualTo(verdict.path("headline").asString()).startsWith("Our pick: Distributed Systems");
        assertThat(page.select("section#verdict p#stale")).isEmpty();
        assertThat(page.select("ul#use-if > li[data-option]")).hasSize(2);
        String bottomLine = verdict.path("bottomLine").asString();
        assertThat(page.select("p#bottom-line").text()).isEqualTo("The Bottom Line: " + bottomLine).doesNotContain("wins —");
        assertThat(page.select("div#progress progress")).hasSize(1);
        assertThat(page.select("div#progress").text()).contains("counted votes");

        assertThat(page.select("section#split .bars li")).hasSize(2);
        assertThat(page.select("section#history ol > li[data-revision]")).isNotEmpty();
        assertThat(page.select("section#history a").attr("href")).isEqualTo("/api/verdicts/" + SEED + "/history");
        assertThat(page.select("details#how table")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(page.select("details#how a#verdict-json[download]").attr("href")).isEqualTo("/api/verdicts/" + SEED);
        assertThat(page.select("details#how").text()).doesNotContain("{\"").doesNotContain("\"model\"");
        assertThat(page.select("details#how pre")).isEmpty();

        Element mine = page.select("ol#comment-list > li").stream()
                .filter(li -> li.select(".comment-text").text().equals(comment)).findFirst().orElseThrow();
        assertThat(mine.attr("data-stance")).isEqualTo("agree");
        assertThat(mine.attr("data-option")).isEqualTo("distributed-systems");
        assertThat(mine.text()).contains("Distributed Systems");
        assertThat(page.select("ol#comment-list > li").first()).as("newest first").isEqualTo(mine);
        assertThat(page.select("ol#comment-list b")).as("comments are text, never markup").isEmpty();

        assertThat(page.select("section#disagree form#feedback-form")).hasSize(1);
        assertThat(page.select("#stance-agree[name=stance][value=agree], #stance-disagree[name=stance][value=disagree]")).hasSize(2);
        assertThat(page.select("select#preferred[name=preferredOption] option").eachAttr("value")).containsExactly("multiprocessing");
        assertThat(page.select("textarea#comment, input#email, #website, button#feedback-submit, p#feedback-status[role=status], div#my-vote"))
                .hasSize(6);
        assertThat(page.select("section#related-topics a").eachAttr("href")).isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("/compare/"));

        JsonNode data = JSON.readTree(page.select("script#page-data[type=application/json]").first().data());
        assertThat(data.path("slug").asString()).isEqualTo(SEED);
        assertThat(data.path("type").asString()).isEqualTo("alternatives");
        assertThat(data.path("pickInForce").asString()).isEqualTo("distributed-systems");
        assertThat(data.path("revision").asLong()).isPositive();
        assertThat(data.path("archived").asBoolean()).isFalse();
        assertThat(data.path("options").findValuesAsString("key")).containsExactly("distributed-systems", "multiprocessing");
    }

    @Test
    void theComparisonsStructuredDataIsAnArticleWithTheVerdictAsItsReview() {
        JsonNode article = structuredData(page("/compare/" + SEED));
        assertThat(article.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.path("@type").asString()).isEqualTo("Article");
        assertThat(article.path("headline").asString()).isEqualTo("Distributed Systems vs Multiprocessing");
        assertThat(article.path("description").asString()).isNotBlank();
        assertThat(article.path("about").findValuesAsString("name")).containsExactly("Distributed Systems", "Multiprocessing");
        assertThat(article.path("about").path(0).path("@type").asString()).isEqualTo("Thing");
        assertThat(article.path("about").path(0).path("description").asString()).isNotBlank();
        assertThat(article.path("dateModified").asString()).isNotBlank();
        assertThat(article.path("publisher").path("name").asString()).isEqualTo("nicepick");
        JsonNode review = article.path("review");
        assertThat(review.path("@type").asString()).isEqualTo("Review");
        assertThat(review.path("reviewBody").asString()).isEqualTo(api().get("/api/verdicts/" + SEED).send().json().path("bottomLine").asString());
        assertThat(review.path("itemReviewed").path("name").asString()).isEqualTo("Distributed Systems");
    }

    @Test
    void aTechnologyPageNamesItAndListsItsComparisonsWithTheirPicksAndRelatedTechnologies() {
        JsonNode technology = api().get("/api/technologies/postgresql").send().json();
        Document page = page("/tech/postgresql");
        String name = technology.path("name").asString();
        assertHead(page, name, BASE + "/tech/postgresql", "article");
        assertThat(page.select("h1#tech-name").text()).isEqualTo(name).isEqualTo("PostgreSQL");
        assertThat(page.select(".kind").text()).isEqualTo("database");
        List<String> slugs = technology.path("comparisons").findValuesAsString("slug");
        assertThat(page.select("ul#tech-comparisons > li > a").eachAttr("href"))
                .isEqualTo(slugs.stream().map(slug -> "/compare/" + slug).toList()).contains("/compare/postgresql-vs-mongodb");
        Element mongo = page.select("ul#tech-comparisons > li:has(a[href=/compare/postgresql-vs-mongodb])").first();
        JsonNode mongoEntry = technology.path("comparisons").values().stream()
                .filter(entry -> entry.path("slug").asString().equals("postgresql-vs-mongodb")).findFirst().orElseThrow();
        assertThat(mongo.text()).contains("an option").contains("Nice Pick: " + mongoEntry.path("pick").path("name").asString());
        assertThat(page.select("ul#tech-related > li > a[href^=/tech/]").eachText())
                .isEqualTo(technology.path("related").findValuesAsString("name")).isNotEmpty();

        JsonNode term = structuredData(page);
        assertThat(term.path("@type").asString()).isEqualTo("DefinedTerm");
        assertThat(term.path("name").asString()).isEqualTo("PostgreSQL");
        assertThat(term.path("url").asString()).isEqualTo(BASE + "/tech/postgresql");

        // every related link of a comparison leads to a technology page that exists
        for (String href : page("/compare/" + SEED).select("p.related a").eachAttr("href")) {
            assertThat(api().get(href).send().status()).as(href).isEqualTo(200);
        }
    }

    @Test
    void aComplementaryComparisonSaysUseBothAndAsksWhichMattersMore() {
        String slug = "unit-testing-vs-integration-testing";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api().get("/api/verdicts/" + slug).send().json().path("outcome").asString()).isEqualTo("use-both"));
        Document page = page("/compare/" + slug);
        JsonNode verdict = api().get("/api/verdicts/" + slug).send().json();
        assertThat(page.select("span#outcome-badge").text()).isEqualTo("Use both");
        assertThat(page.select("span#nice-pick")).isEmpty();
        assertThat(page.select("p#headline").text()).isEqualTo(verdict.path("headline").asString()).startsWith("Use both");
        assertThat(page.select("p#bottom-line").text()).isEqualTo("The Bottom Line: " + verdict.path("bottomLine").asString());
        assertThat(page.select("article.option .kind").eachText()).containsExactly("method", "method");
        assertThat(page.select("form#feedback-form input[type=radio][name=preferredOption]").eachAttr("value"))
                .containsExactly("unit-testing", "integration-testing");
        assertThat(page.select("form#feedback-form [name=stance], select#preferred")).isEmpty();
        assertThat(page.select("form#feedback-form legend").text()).isEqualTo("Which matters more to you?");
        assertThat(JSON.readTree(page.select("script#page-data").first().data()).path("type").asString()).isEqualTo("complementary");
        JsonNode article = structuredData(page);
        assertThat(article.path("review").path("itemReviewed").path("name").asString())
                .as("no winner is crowned: the review is of the comparison").isEqualTo("Unit Testing vs Integration Testing");
    }

    @Test
    void readersWhoSplitEvenlyOnMonorepoVsPolyrepoMakeItTooCloseToCall() {
        String slug = "monorepo-vs-polyrepo";
        for (int i = 0; i < 15; i++) {
            assertThat(api().post("/api/topics/" + slug + "/feedback", Map.of("stance", "agree", "preferredOption", "monorepo"))
                    .header("Cookie", readerCookie()).send().status()).isIn(200, 202);
            assertThat(api().post("/api/topics/" + slug + "/feedback", Map.of("stance", "disagree", "preferredOption", "polyrepo"))
                    .header("Cookie", readerCookie()).send().status()).isIn(200, 202);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode verdict = api().get("/api/verdicts/" + slug).send().json();
            assertThat(verdict.path("outcome").asString()).isEqualTo("too-close");
            Document page = page("/compare/" + slug);
            assertThat(page.select("p#headline").text()).isEqualTo(verdict.path("headline").asString()).startsWith("Too close to call");
            assertThat(page.select("span#outcome-badge").text()).isEqualTo("Too close to call");
            assertThat(page.select("span#nice-pick")).isEmpty();
            assertThat(page.select("div#progress progress")).hasSize(1);
            assertThat(page.select("section#split .bars li")).hasSize(2);
            assertThat(structuredData(page).path("review").path("itemReviewed").path("name").asString()).isEqualTo("Monorepo vs Polyrepo");
        });
        // The home card shows topics-service's copy of the verdict, which follows verdict-service's a moment later
        // (the lab's vote-to-page lag): wait for it to catch up with the verdict.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Element card = page("/?q=monorepo").select("li.topic-card[data-slug=" + slug + "]").first();
            assertThat(card.select(".pick").text()).isEqualTo("Too close to call");
            JsonNode split = api().get("/api/verdicts/" + slug).send().json().path("split");
            long monorepo = split.path("monorepo").asLong();
            long polyrepo = split.path("polyrepo").asLong();
            assertThat(card.select(".split > span").text()).as("whose votes, in option order")
                    .isEqualTo("Readers: Monorepo " + monorepo + ", Polyrepo " + polyrepo);
            assertThat(card.select(".split meter").attr("aria-label")).as("the meter says which option leads").isEqualTo(
                    monorepo == polyrepo ? "Monorepo and Polyrepo share the lead with 50% of readers' votes each"
                            : (monorepo > polyrepo ? "Monorepo" : "Polyrepo") + " leads with " + (int) Math.floor(100.0 * Math.max(monorepo, polyrepo)
                            / (monorepo + polyrepo) + 1e-9) + "% of readers' votes");
        });
    }

    /** A new published comparison of its own (options x and y, x the pick), so that votes on it touch no other test. */
    private String publishedTopic(String editor) {
        String slug = "pages-" + UUID.randomUUID().toString().substring(0, 8) + "-vs-own";
        Map<String, Object> option = Map.of("key", "x", "name", "X", "description", "The first.", "pros", List.of("Fast", "Small"),
                "cons", List.of("Young"), "related", List.of("message-queues"), "bestFor", "speed");
        Map<String, Object> topic = Map.of("slug", slug, "title", "Pages vs Own", "category", "testing", "tags", List.of("pages"),
                "intro", "A comparison of the page test's own, so that what it does to it touches no other test.",
                "options", List.of(option, Map.of("key", "y", "name", "Y", "description", "The second.", "pros", List.of("Old"),
                        "cons", List.of("Slow"), "related", List.of(), "bestFor", "age")),
                "editorialPick", Map.of("option", "x", "strength", 10), "bottomLine", "X, unless age matters.");
        assertThat(api().post("/api/topics", topic).bearer(editor).send().status()).isEqualTo(201);
        assertThat(api().get("/compare/" + slug).send().status()).as("a draft is no page").isEqualTo(404);
        assertThat(api().post("/api/topics/" + slug + "/publish", Map.of()).bearer(editor).send().status()).isEqualTo(200);
        return slug;
    }

    @Test
    void anArchivedComparisonSaysSoAndTakesNoVote() {
        String editor = tokens().mint("page-editor", "editor");
        String slug = publishedTopic(editor);
        assertThat(page("/compare/" + slug).select("form#feedback-form")).hasSize(1);
        assertThat(api().post("/api/topics/" + slug + "/archive", Map.of()).bearer(editor).send().status()).isEqualTo(200);

        Document archived = page("/compare/" + slug);
        assertThat(archived.select("p#archived-notice").text()).contains("archived");
        assertThat(archived.select("form#feedback-form")).isEmpty();
        assertThat(JSON.readTree(archived.select("script#page-data").first().data()).path("archived").asBoolean()).isTrue();
    }

    @Test
    void commentsArePagedNewestFirstAndMarkedProsCountAndLeadTheirList() {
        String slug = publishedTopic(tokens().mint("page-editor", "editor"));
        // feedback-service learns of the new comparison from topics-service's event
        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/topics/" + slug + "/feedback/summary").send().status() == 200);
        for (int i = 1; i <= 11; i++) {
            assertThat(api().post("/api/topics/" + slug + "/feedback", Map.of("stance", i % 2 == 0 ? "disagree" : "agree",
                    "preferredOption", i % 2 == 0 ? "y" : "x", "comment", "Comment number " + i)).header("Cookie", readerCookie()).send().status())
                    .isIn(200, 202);
        }
        String marker = readerCookie();
        assertThat(api().put("/api/topics/" + slug + "/feedback/items/x/pros/1", null).header("Cookie", marker).send().status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(page("/compare/" + slug).select("ol#comment-list > li")).hasSize(10));
        Document first = page("/compare/" + slug);
        assertThat(first.select("ol#comment-list > li .comment-text").first().text()).isEqualTo("Comment number 11");
        assertThat(first.select("ol#comment-list > li").first().attr("data-stance")).isEqualTo("agree");
        Element disagreeing = first.select("ol#comment-list > li").get(1);
        assertThat(disagreeing.attr("data-stance")).isEqualTo("disagree");
        assertThat(disagreeing.attr("data-option")).isEqualTo("y");
        assertThat(disagreeing.select(".comment-who").text()).isEqualTo("Disagrees: prefers Y");
        assertThat(first.select("section#comments nav.pager a[rel=prev]")).isEmpty();
        assertThat(first.select("section#comments nav.pager a[rel=next]").attr("href")).isEqualTo("?comments=2#comments");
        Document second = page("/compare/" + slug + "?comments=2");
        assertThat(second.select("ol#comment-list > li .comment-text").eachText()).containsExactly("Comment number 1");
        assertThat(second.select("section#comments nav.pager").text()).contains("Page 2 of 2");

        assertThat(first.select("article#option-x ul.pros > li").eachAttr("data-item")).as("the marked pro leads, under its own index")
                .containsExactly("x/pros/1", "x/pros/0");
        assertThat(first.select("article#option-x ul.pros > li[data-item=x/pros/1] span.item-count").text()).isEqualTo("1 reader marked this");
        assertThat(first.select("article#option-x ul.pros > li[data-item=x/pros/1]").attr("data-count")).isEqualTo("1");
        assertThat(first.select("article#option-x ul.pros > li[data-item=x/pros/0] span.item-count").text()).as("nothing when none").isEmpty();

        Api.Response past = api().get("/compare/" + slug + "?comments=3").send();
        assertThat(past.status()).as("a comments page past the last").isEqualTo(404);
        assertThat(Jsoup.parse(past.body()).select("main#main").text()).contains("the last is page 2");
    }

    @Test
    void unknownComparisonsAndTechnologiesAreRealNotFoundPages() {
        for (String path : new String[] {"/compare/no-such-thing", "/tech/no-such-technology"}) {
            Api.Response response = api().get(path).send();
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
            Document page = Jsoup.parse(response.body());
            assertThat(page.select("h1").text()).isEqualTo("Not found");
            assertThat(page.select("main#main a[href=/]")).hasSize(1);
            assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
            assertThat(page.title()).isEqualTo("Not found — nicepick");
            assertThat(page.select("link[rel=canonical], meta[property=og:url]")).as("a missing address is nothing to point at").isEmpty();
        }
    }

    @Test
    void pagesPastTheLastAreNotFoundAndSayWhichIsTheLast() {
        int pages = api().get("/api/topics?size=" + 12).send().json().path("totalPages").asInt();
        Api.Response past = api().get("/?page=" + (pages + 1)).send();
        assertThat(past.status()).isEqualTo(404);
        assertThat(past.header("Content-Type")).startsWith("text/html");
        Document page = Jsoup.parse(past.body());
        assertThat(page.select("main#main").text()).contains("the last is page " + pages);
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(api().get("/?page=" + pages).send().status()).isEqualTo(200);

        assertThat(api().get("/?q=zzzznothing&page=1").send().status()).as("page 1 of an empty list").isEqualTo(200);
        Api.Response pastEmpty = api().get("/?q=zzzznothing&page=2").send();
        assertThat(pastEmpty.status()).isEqualTo(404);
        assertThat(Jsoup.parse(pastEmpty.body()).select("main#main").text()).contains("the last is page 1");
        assertThat(api().get("/compare/" + SEED + "?comments=1000").send().status()).isEqualTo(404);
    }

    @Test
    void aVariantSlugRedirectsToTheCanonicalPageKeepingTheQuery() {
        Api.Response moved = api().get("/compare/grpc-vs-rest?comments=2").send();
        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/compare/rest-vs-grpc?comments=2");
        Api.Response plain = api().get("/compare/grpc-vs-rest").send();
        assertThat(plain.status()).isEqualTo(301);
        assertThat(plain.header("Location")).isEqualTo("/compare/rest-vs-grpc");
    }

    /**
     * A form only the script can send (JSON to the API) is hidden in the server's HTML, says so to a reader without
     * JavaScript, and is a POST without an action: a browser without the script can never put its fields (an
     * e-mail address, a bearer token) in a URL.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/|suggest-form|Suggesting a comparison needs JavaScript; everything else on this page works without it.",
            "/compare/" + SEED + "|feedback-form|Voting needs JavaScript; everything else on this page works without it.",
            "/editor|editor-form|This page needs JavaScript",
            "/lab|lab-admin|These controls need JavaScript"})
    void scriptOnlyFormsAreHiddenWithoutJavascriptAndNeverPutTheirFieldsInAUrl(String pathFormAndSentence) {
        String[] parts = pathFormAndSentence.split("\\|");
        Document page = page(parts[0]);
        Element form = page.getElementById(parts[1]);
        assertThat(form).isNotNull();
        assertThat(form.hasAttr("hidden")).as("hidden until the script shows it").isTrue();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.hasAttr("action")).isFalse();
        assertThat(page.select("noscript").outerHtml()).contains(parts[2]);
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfTheApiAndPointsToTheSitemap() {
        Api.Response robots = api().get("/robots.txt").send();
        assertThat(robots.status()).isEqualTo(200);
        assertThat(robots.header("Content-Type")).startsWith("text/plain");
        assertThat(robots.body().lines()).contains("User-agent: *", "Allow: /", "Disallow: /api/", "Disallow: /editor",
                "Disallow: /docs", "Sitemap: " + BASE + "/sitemap.xml");
    }

    @Test
    void theSitemapListsHomeEveryPublishedComparisonWithItsLastChangeAndEveryTechnology() {
        Api.Response sitemap = api().get("/sitemap.xml").send();
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.header("Content-Type")).contains("xml");
        Document xml = Jsoup.parse(sitemap.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(xml.select("urlset").attr("xmlns")).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
        List<String> locations = xml.select("url > loc").eachText();
        assertThat(locations).contains(BASE + "/", BASE + "/lab", BASE + "/compare/" + SEED, BASE + "/compare/rest-vs-grpc", BASE + "/compare/threads-vs-async",
                BASE + "/compare/monorepo-vs-polyrepo", BASE + "/tech/postgresql", BASE + "/tech/message-queues");
        Element seed = xml.select("url:has(loc:containsOwn(" + BASE + "/compare/" + SEED + "))").first();
        assertThat(seed.select("lastmod").text()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    }

    @Test
    void theFaviconIsAnSvgAndTheIcoAddressLeadsToIt() {
        Api.Response svg = api().get("/favicon.svg").send();
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        Api.Response ico = api().get("/favicon.ico").send();
        assertThat(ico.status()).isEqualTo(301);
        assertThat(ico.header("Location")).isEqualTo("/favicon.svg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare/" + SEED, "/tech/postgresql", "/editor", "/lab", "/robots.txt", "/sitemap.xml", "/compare/no-such-thing",
            "/tech/no-such-technology"})
    void headAnswersLikeGetWithoutABody(String path) {
        Api.Response get = api().get(path).send();
        Api.Response head = api().request("HEAD", path, null).send();
        assertThat(head.status()).isEqualTo(get.status());
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void theEditorsPageIsAShellSearchEnginesSkip() {
        Document editor = page("/editor");
        assertHead(editor, "Editors", BASE + "/editor", "website");
        assertThat(editor.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(editor.select("form#editor-form #editor-token, form#editor-form #editor-slug, form#editor-form button")).hasSize(3);
        assertThat(editor.select("ul#warnings, #editor-publish")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare/" + SEED, "/compare/sqlite-vs-postgresql-vs-mysql", "/compare/unit-testing-vs-integration-testing",
            "/compare/microservices-vs-docker", "/tech/postgresql", "/editor", "/lab", "/compare/no-such-thing"})
    void pagesAreValidHtml(String path) throws Exception {
        String html = api().get(path).send().body();
        // kept for a look at what was checked
        Path saved = Path.of("target", "pages", (path.equals("/") ? "home" : path.substring(1).replace('/', '_')) + ".html");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, html);
        assertThat(HtmlChecker.errors(html)).as(path).isEmpty();
    }

    @Test
    void theLabShowsThreePanelsEachWithItsClaimChartFiguresAndDownloadsAndTheSeedPageAndNavigationLinkIt() {
        api().get("/api/verdicts/" + SEED).send(); // one answer for the availability table to count
        Document lab = page("/lab");
        assertHead(lab, "The trade-off lab", BASE + "/lab", "website");
        for (String panel : List.of("availability", "consistency", "scaling")) {
            Element section = lab.getElementById(panel);
            assertThat(section).as(panel).isNotNull();
            assertThat(section.select("p.claim").text()).as(panel).isNotBlank();
            assertThat(section.select("a[download][href=/api/lab/" + panel + "]").text()).isEqualTo("JSON");
            assertThat(section.select("a[download][href=/api/lab/" + panel + "?format=csv]").text()).isEqualTo("CSV");
        }
        assertThat(lab.select("#availability p.claim").text()).contains("stays up when machines fail", "partial failures");
        assertThat(lab.select("#scaling p.claim").text()).contains("bounded by the cores and memory of one machine");
        assertThat(lab.select("#availability figure.chart svg[role=img]").attr("aria-label")).contains("Answers per second");
        assertThat(lab.select("#availability-table tr[data-route]").eachAttr("data-route")).containsExactly("topics", "verdicts", "feedback");
        assertThat(Long.parseLong(lab.select("#availability-table tr[data-route=verdicts] td.fresh").text())).isPositive();
        assertThat(lab.select("#availability-table tr[data-route=verdicts] td.breaker").text()).isEqualTo("closed");
        assertThat(lab.select("form#lab-admin #lab-token, #drill-service, #drill-fault, #drill-seconds, #drill-start, #drill-stop,"
                + " #experiment-mode, #experiment-threads, #experiment-passes, #experiment-start")).hasSize(10);

        assertThat(page("/compare/" + SEED).select("#lab-link a[href=/lab]").text()).isEqualTo("See these trade-offs measured on this site");
        assertThat(page("/compare/rest-vs-grpc").select("#lab-link")).isEmpty();
        assertThat(page("/").select("header.site nav a[href=/lab]")).hasSize(1);
    }
}
