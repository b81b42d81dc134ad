package dev.nicepick.gateway.page;

import dev.nicepick.gateway.lab.LabSettings;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The comparison page {@code /compare/{slug}} (docs/pages.md), from topics-service's topic, verdict-service's verdict
 * and history, feedback-service's summary, comments and item counts, and the related topics, read in parallel. Only
 * the topic is essential: without it the page is a 503 (topics-service away), a 404 (no such comparison) or a 301 (a
 * variant of its slug). Every other part degrades alone: a verdict-service that does not answer gives the verdict
 * topics-service embeds, marked stale; feedback-service away gives "Comments are unavailable right now".
 */
@Component
class ComparisonPage {

    static final int COMMENTS_PER_PAGE = 10;
    private static final int HISTORY_SHOWN = 10;

    private final ServiceReads reads;
    private final TechnologyNames technologies;
    private final PageSettings site;
    private final LabSettings lab;

    ComparisonPage(ServiceReads reads, TechnologyNames technologies, PageSettings site, LabSettings lab) {
        this.reads = reads;
        this.technologies = technologies;
        this.site = site;
        this.lab = lab;
    }

    /** The page for {@code slug}, with comments page {@code commentsPage} (from 1). */
    Mono<PageResult> render(String slug, int commentsPage) {
        return reads.topics("/api/topics/{slug}", slug).flatMap(topic -> {
            if (topic.status() == 404) {
                return Mono.just(new PageResult.NotFound("There is no comparison called '" + slug + "'."));
            }
            if ((topic.status() == 301 || topic.status() == 308) && topic.redirectedSlug() != null) {
                return Mono.just(new PageResult.Moved("/compare/" + topic.redirectedSlug()));
            }
            if (!topic.ok()) {
                return Mono.just(new PageResult.Unavailable());
            }
            return Mono.zip(
                    reads.verdicts("/api/verdicts/{slug}", slug),
                    reads.verdicts("/api/verdicts/{slug}/history", slug),
                    reads.feedback("/api/topics/{slug}/feedback/summary", slug),
                    reads.feedback("/api/topics/{slug}/feedback/comments?page={page}&size={size}", slug, commentsPage - 1, COMMENTS_PER_PAGE),
                    reads.feedback("/api/topics/{slug}/feedback/items", slug),
                    reads.topics("/api/topics/{slug}/related", slug),
                    technologies.namer()
            ).map(parts -> page(new Sources(topic.body(), parts.getT1(), parts.getT2(), parts.getT3(), parts.getT4(),
                    parts.getT5(), parts.getT6(), parts.getT7()), commentsPage));
        });
    }

    private record Sources(JsonNode topic, ServiceReads.Reply verdict, ServiceReads.Reply history, ServiceReads.Reply summary,
                           ServiceReads.Reply comments, ServiceReads.Reply items, ServiceReads.Reply related,
                           Function<String, String> technologyName) {
    }

    // The page's model. Records, so that the template reads fields and Java does the deciding.

    record Option(String key, String name, String kind, String description, List<Item> pros, List<Item> cons,
                  List<Link> related, boolean nicePick) {
    }

    /** A pro or con: {@code dataItem} = {@code {key}/pros/{index}} (its place as written), count may be null. */
    record Item(String dataItem, String text, Long count) {

        /** "1 reader marked this", "3 readers marked this", or empty when none did (compare.js writes the same words). */
        public String countText() {
            long marks = count == null ? 0 : count;
            return marks <= 0 ? "" : marks + (marks == 1 ? " reader" : " readers") + " marked this";
        }
    }

    record UseIf(String option, String text) {
    }

    /**
     * @param value    the {@code <progress>} value, of {@code max}
     * @param sentence what the bar means, in words
     */
    record Progress(double value, double max, String sentence) {
    }

    record Verdict(String headline, boolean stale, List<UseIf> useIf, String bottomLine, Progress progress) {
    }

    record Bar(String option, String label, double share) {
    }

    record Revision(long revision, String date, String day, String headline) {
    }

    record Row(String name, List<String> cells) {
    }

    record Comment(String stance, String option, String who, String text, String date, String day) {
    }

    record Choice(String key, String name) {
    }

    private PageResult page(Sources sources, int commentsPage) {
        int commentPages = sources.comments().ok() ? sources.comments().body().path("totalPages").asInt(1) : 1;
        if (commentsPage > Math.max(commentPages, 1)) {
            return new PageResult.NotFound(Pager.pastTheEnd("comments", commentPages));
        }
        JsonNode topic = sources.topic();
        String slug = topic.path("slug").asString("");
        String title = topic.path("title").asString(slug);
        String type = "complementary".equals(PageText.text(topic, "type")) ? "complementary" : "alternatives";
        boolean archived = "archived".equals(PageText.text(topic, "status"));

        boolean verdictAnswered = sources.verdict().answered() && sources.verdict().status() < 500;
        JsonNode verdict = sources.verdict().ok() ? sources.verdict().body() : topic.path("verdict");
        boolean stale = !verdictAnswered && verdict.isObject();

        Map<String, String> names = new LinkedHashMap<>();
        topic.path("options").values().forEach(option -> names.put(option.path("key").asString(""), option.path("name").asString("")));
        Function<String, String> nameOf = key -> names.getOrDefault(key, key);

        String pick = firstText(verdict.path("winner"), topic.path("editorialPick").path("option"));
        Outcome outcome = Outcome.of(verdict);
        Map<String, Long> counts = itemCounts(sources.items().json());

        List<Option> options = new ArrayList<>();
        for (JsonNode option : topic.path("options").values()) {
            String key = option.path("key").asString("");
            options.add(new Option(key, option.path("name").asString(key), PageText.text(option, "kind"),
                    option.path("description").asString(""),
                    items(key, "pros", option.path("pros"), counts), items(key, "cons", option.path("cons"), counts),
                    option.path("related").values().stream().map(related -> related.asString(""))
                            .map(related -> new Link("/tech/" + related, sources.technologyName().apply(related))).toList(),
                    outcome.named() && key.equals(pick)));
        }

        Map<String, Object> model = new HashMap<>();
        model.put("slug", slug);
        // the comparison the trade-off lab measures links to it
        model.put("labLink", slug.equals(lab.seedSlug()));
        model.put("title", title);
        model.put("category", PageText.category(PageText.text(topic, "category")));
        model.put("intro", topic.path("intro").asString(""));
        model.put("type", type);
        model.put("options", options);
        model.put("outcomeBadge", outcome.named() ? null : outcome.label());
        model.put("verdict", verdictOf(topic, verdict, stale, nameOf, pick));
        model.put("split", split(topic, sources.summary().json(), verdict));
        model.put("history", history(sources.history()));
        model.put("how", how(topic, verdict, nameOf));
        model.put("parameters", parameters(verdict.path("inputs"), nameOf));
        model.put("commentsAvailable", sources.comments().ok() || sources.summary().ok());
        JsonNode commentPage = sources.comments().ok() ? sources.comments().body() : sources.summary().json();
        model.put("comments", comments(commentPage.path(sources.comments().ok() ? "items" : "comments"), nameOf, type));
        model.put("commentsPager", Pager.of(commentPage.path("totalPages").asInt(1), commentsPage, page -> "?comments=" + page + "#comments"));
        model.put("archived", archived);
        model.put("pick", pick);
        model.put("pickName", pick == null ? null : nameOf.apply(pick));
        model.put("choices", options.stream().map(option -> new Choice(option.key(), option.name())).toList());
        model.put("challengers", options.stream().filter(option -> !option.key().equals(pick)).map(option -> new Choice(option.key(), option.name())).toList());
        model.put("related", sources.related().json().path("items").values().stream()
                .map(related -> new Link("/compare/" + related.path("slug").asString(""), related.path("title").asString(""))).toList());
        model.put("pageData", PageText.scriptJson(pageData(slug, type, pick, verdict, archived, options)));
        String description = description(topic, verdict, nameOf, pick, outcome);
        model.put("seo", new Seo(title, description, site.absolute("/compare/" + slug), "article",
                PageText.scriptJson(StructuredData.comparison(site, topic, verdict, outcome, description, nameOf)),
                "/api/verdicts/" + slug + "/feed", true));
        return new PageResult.Page("compare", model);
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isString() && !candidate.asString().isEmpty()) {
                return candidate.asString();
            }
        }
        return null;
    }

    private static Map<String, Long> itemCounts(JsonNode items) {
        Map<String, Long> counts = new HashMap<>();
        items.path("items").values().forEach(item -> counts.put(
                item.path("option").asString("") + "/" + item.path("list").asString("") + "/" + item.path("index").asInt(-1),
                item.path("count").asLong(0)));
        return counts;
    }

    /** A list of pros or cons, those marked most first (a stable sort: as written among equals). */
    private static List<Item> items(String key, String list, JsonNode texts, Map<String, Long> counts) {
        List<Item> items = new ArrayList<>();
        int index = 0;
        for (JsonNode text : texts.values()) {
            String dataItem = key + "/" + list + "/" + index++;
            items.add(new Item(dataItem, text.asString(""), counts.get(dataItem)));
        }
        items.sort(Comparator.comparing((Item item) -> item.count() == null ? 0 : item.count()).reversed());
        return items;
    }

    private Verdict verdictOf(JsonNode topic, JsonNode verdict, boolean stale, Function<String, String> nameOf, String pick) {
        List<UseIf> useIf = new ArrayList<>();
        verdict.path("useIf").values().forEach(line -> useIf.add(new UseIf(line.path("option").asString(""), line.path("text").asString(""))));
        if (useIf.isEmpty()) {
            topic.path("options").values().stream().filter(option -> PageText.text(option, "bestFor") != null)
                    .forEach(option -> useIf.add(new UseIf(option.path("key").asString(""),
                            "Use " + option.path("name").asString("") + " if " + option.path("bestFor").asString(""))));
        }
        String bottomLine = firstText(verdict.path("bottomLine"), topic.path("bottomLine"));
        String headline = firstText(verdict.path("headline"));
        if (headline == null && pick != null) {
            long votes = totalVotes(verdict.path("split"));
            headline = "Nice Pick: " + nameOf.apply(pick) + "." + (votes == 0 ? " No reader evidence yet." : " Readers have cast " + votes
                    + (votes == 1 ? " counted vote." : " counted votes."));
        }
        return new Verdict(headline, stale, useIf, bottomLine, progress(verdict, nameOf));
    }

    private static long totalVotes(JsonNode split) {
        return split.values().stream().mapToLong(votes -> votes.asLong(0)).sum();
    }

    /**
     * Toward a change of the pick: counted votes toward the minimum while there are fewer, else the challenger's
     * probability toward the threshold. From the verdict's {@code progress} when it has one, else from its inputs.
     */
    private static Progress progress(JsonNode verdict, Function<String, String> nameOf) {
        JsonNode given = verdict.path("progress");
        JsonNode inputs = verdict.path("inputs");
        long votes = given.isObject() ? given.path("votes").asLong(0) : totalVotes(verdict.path("split"));
        long minimum = given.isObject() ? given.path("minimumVotes").asLong(0) : inputs.path("minimumVotes").asLong(0);
        double threshold = given.isObject() ? given.path("threshold").asDouble(0) : inputs.path("threshold").asDouble(0);
        String challenger = given.isObject() ? PageText.text(given, "challenger") : null;
        double probability = given.isObject() ? given.path("challengerProbability").asDouble(0) : 0;
        if (!given.isObject()) {
            String winner = PageText.text(verdict, "winner");
            for (Map.Entry<String, JsonNode> entry : verdict.path("probabilities").properties()) {
                if (!entry.getKey().equals(winner) && entry.getValue().asDouble(0) >= probability) {
                    challenger = entry.getKey();
                    probability = entry.getValue().asDouble(0);
                }
            }
        }
        if (minimum <= 0 || threshold <= 0) {
            return null;
        }
        if (votes < minimum) {
            return new Progress(votes, minimum, votes + " of " + minimum + " counted votes so far: readers can change the pick once "
                    + minimum + " have voted.");
        }
        String who = challenger == null ? "No challenger" : nameOf.apply(challenger);
        return new Progress(Math.min(probability, threshold), threshold, who + " is " + PageText.percent(probability)
                + " likely to be readers' choice; the pick changes at " + PageText.percent(threshold) + ".");
    }

    /** Readers' votes per option: feedback-service's summary, else the verdict's counted split. */
    private static List<Bar> split(JsonNode topic, JsonNode summary, JsonNode verdict) {
        JsonNode votes = summary.isObject() ? summary.path("votes") : verdict.path("split");
        long total = summary.isObject() ? summary.path("total").asLong(0) : totalVotes(votes);
        if (total == 0) {
            return List.of();
        }
        return topic.path("options").values().stream().map(option -> {
            String key = option.path("key").asString("");
            long count = votes.path(key).asLong(0);
            double share = (double) count / total;
            return new Bar(key, option.path("name").asString(key) + ": " + count + " of " + total + " (" + PageText.percent(share) + ")", share);
        }).toList();
    }

    private static List<Revision> history(ServiceReads.Reply history) {
        return history.json().path("items").values().stream().limit(HISTORY_SHOWN)
                .map(entry -> new Revision(entry.path("revision").asLong(0), PageText.datetime(entry.path("computedAt").asString("")),
                        PageText.day(entry.path("computedAt").asString("")), firstNonNull(PageText.text(entry, "headline"),
                        PageText.text(entry, "reasonText"), "")))
                .toList();
    }

    private static String firstNonNull(String... texts) {
        for (String text : texts) {
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** The inputs per option: counted votes, the head start the model gives it, its probability of being best. */
    private static List<Row> how(JsonNode topic, JsonNode verdict, Function<String, String> nameOf) {
        JsonNode inputs = verdict.path("inputs");
        String editorial = firstText(inputs.path("editorialPick"), topic.path("editorialPick").path("option"));
        long strength = inputs.path("editorialStrength").asLong(topic.path("editorialPick").path("strength").asLong(0));
        return topic.path("options").values().stream().map(option -> {
            String key = option.path("key").asString("");
            JsonNode probability = verdict.path("probabilities").path(key);
            return new Row(nameOf.apply(key), List.of(
                    String.valueOf(verdict.path("split").path(key).asLong(inputs.path("votes").path(key).asLong(0))),
                    key.equals(editorial) ? String.valueOf(strength) : "1",
                    probability.isNumber() ? PageText.percent(probability.asDouble()) : "—"));
        }).toList();
    }

    /** The model's single-valued inputs in the order a reader follows them, with their words; others follow by name. */
    private static final Map<String, String> PARAMETER_NAMES = parameterNames();

    private static Map<String, String> parameterNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("model", "Model");
        names.put("type", "Comparison type");
        names.put("editorialPick", "Editors' pick");
        names.put("editorialStrength", "Editors' head start (prior weight)");
        names.put("pickInForce", "Pick in force before this revision");
        names.put("minimumVotes", "Counted votes needed before a change");
        names.put("threshold", "A challenger must be at least this likely");
        names.put("decisive", "Below this, readers are too split to call");
        names.put("monteCarloDraws", "Monte Carlo draws (3 or more options)");
        names.put("topicVersion", "Topic version");
        names.put("tallySequence", "Tally sequence");
        return names;
    }

    /** Every single-valued input of the model, as a row of words and a value (options' names, not keys). */
    private static List<Row> parameters(JsonNode inputs, Function<String, String> nameOf) {
        List<String> keys = new ArrayList<>(PARAMETER_NAMES.keySet());
        inputs.propertyNames().stream().filter(key -> !PARAMETER_NAMES.containsKey(key)).sorted().forEach(keys::add);
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            JsonNode value = inputs.path(key);
            if (value.isContainer() || value.isNull() || value.isMissingNode()) {
                continue;
            }
            String shown = switch (key) {
                case "editorialPick", "pickInForce" -> nameOf.apply(value.asString(""));
                case "threshold", "decisive" -> PageText.percent(value.asDouble(0));
                default -> value.asString("");
            };
            rows.add(new Row(PARAMETER_NAMES.getOrDefault(key, key), List.of(shown)));
        }
        return rows;
    }

    private static List<Comment> comments(JsonNode items, Function<String, String> nameOf, String type) {
        return items.values().stream().map(item -> {
            String stance = item.path("stance").asString("agree");
            String option = item.path("preferredOption").asString("");
            String who = "complementary".equals(type) ? nameOf.apply(option) + " matters more"
                    : ("disagree".equals(stance) ? "Disagrees: prefers " : "Agrees: ") + nameOf.apply(option);
            return new Comment(stance, option, who, item.path("comment").asString(""), PageText.datetime(item.path("createdAt").asString("")),
                    PageText.day(item.path("createdAt").asString("")));
        }).toList();
    }

    private static Map<String, Object> pageData(String slug, String type, String pick, JsonNode verdict, boolean archived, List<Option> options) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("slug", slug);
        data.put("type", type);
        data.put("pickInForce", pick);
        data.put("revision", verdict.path("revision").asLong(0));
        data.put("archived", archived);
        data.put("options", options.stream().map(option -> Map.of("key", option.key(), "name", option.name())).toList());
        return data;
    }

    private static String description(JsonNode topic, JsonNode verdict, Function<String, String> nameOf, String pick, Outcome outcome) {
        String verdictWords = outcome.sentence(pick == null ? null : nameOf.apply(pick));
        String intro = topic.path("intro").asString("");
        String text = (verdictWords + " " + intro).trim();
        return text.length() <= 300 ? text : text.substring(0, 297) + "…";
    }
}
