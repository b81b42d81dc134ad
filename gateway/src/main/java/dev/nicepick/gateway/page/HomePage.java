package dev.nicepick.gateway.page;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The home page {@code /}: published comparisons (search {@code q}, {@code category}, {@code tag}, {@code sort} =
 * newest, most-voted or most-contested, {@code page} from 1), each card with its pick and readers' split, the filters,
 * a pager and the "suggest a comparison" form (docs/pages.md). The list comes from topics-service; without it the page
 * is a 503.
 */
@Component
class HomePage {

    static final int PAGE_SIZE = 12;
    /** Sorts topics-service takes, in the order the page offers them, with their labels. */
    static final Map<String, String> SORTS = sorts();
    private static final int ALL_TOPICS = 100;
    private static final List<String> FILTERS = List.of("q", "category", "tag", "sort");

    private final ServiceReads reads;
    private final PageSettings site;

    HomePage(ServiceReads reads, PageSettings site) {
        this.reads = reads;
        this.site = site;
    }

    private static Map<String, String> sorts() {
        Map<String, String> sorts = new LinkedHashMap<>();
        sorts.put("newest", "Newest");
        sorts.put("most-voted", "Most voted");
        sorts.put("most-contested", "Most contested");
        return sorts;
    }

    /** A sort or a filter chip; {@code current} when the list is sorted or filtered by it. */
    record Choice(String href, String label, boolean current) {
    }

    /**
     * A topic's card.
     *
     * @param pickLabel {@code Nice Pick:}, or the outcome ({@code Too close to call}, {@code Use both}) with no name
     * @param pickName  the pick's name, or null
     * @param split      readers' votes per option in option order ({@code Readers: Apache Kafka 5, RabbitMQ 8}), or null
     *                   with no votes
     * @param share      the leading option's share (0 to 1) for the meter
     * @param meterLabel what the meter shows: {@code RabbitMQ leads with 61% of readers' votes}, or that the lead is shared
     */
    record Card(String slug, String title, String category, String pickLabel, String pickName, String split, double share,
                String meterLabel) {
    }

    Mono<PageResult> render(ServerRequest request) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            request.queryParam(name).filter(value -> !value.isBlank()).ifPresent(value -> filters.put(name, value.strip()));
        }
        if (filters.containsKey("sort") && !SORTS.containsKey(filters.get("sort"))) {
            return Mono.just(new PageResult.BadRequest("The sort must be one of " + String.join(", ", SORTS.keySet()) + "."));
        }
        Optional<Integer> page = QueryParameters.pageNumber(request.queryParam("page"));
        if (page.isEmpty()) {
            return Mono.just(new PageResult.BadRequest("The page must be a number from 1 to " + QueryParameters.LAST_PAGE + "."));
        }
        StringBuilder template = new StringBuilder("/api/topics?page={page}&size={size}");
        List<Object> values = new ArrayList<>(List.of(page.get() - 1, PAGE_SIZE));
        filters.forEach((name, value) -> {
            template.append('&').append(name).append("={").append(name).append('}');
            values.add(value);
        });
        return Mono.zip(reads.topics(template.toString(), values.toArray()), reads.topics("/api/topics?size={size}", ALL_TOPICS))
                .map(replies -> {
                    if (replies.getT1().status() == 400) {
                        return new PageResult.BadRequest("The search cannot be run as asked: a word of at most 200 characters, "
                                + "and a category or tag as the filters offer them.");
                    }
                    if (!replies.getT1().ok()) {
                        return new PageResult.Unavailable();
                    }
                    int pages = replies.getT1().body().path("totalPages").asInt(1);
                    if (page.get() > Math.max(pages, 1)) {
                        return new PageResult.NotFound(Pager.pastTheEnd("comparisons", pages));
                    }
                    return page(filters, page.get(), replies.getT1().body(), replies.getT2().json());
                });
    }

    private PageResult page(Map<String, String> filters, int page, JsonNode list, JsonNode all) {
        Map<String, Object> model = new HashMap<>();
        String q = filters.get("q");
        model.put("heading", q == null ? "Comparisons" : "Comparisons matching “" + q + "”");
        model.put("q", q);
        model.put("sorts", SORTS.entrySet().stream()
                .map(sort -> new Choice(href(filters, "sort", sort.getKey(), 1), sort.getValue(), sort.getKey().equals(filters.get("sort"))))
                .toList());
        List<JsonNode> everyTopic = List.copyOf(all.path("items").values());
        model.put("categories", chips(filters, "category", everyTopic.stream().map(topic -> topic.path("category").asString(""))
                .collect(Collectors.toCollection(TreeSet::new)), PageText::category));
        model.put("tags", chips(filters, "tag", everyTopic.stream().flatMap(topic -> topic.path("tags").values().stream())
                .map(tag -> tag.asString("")).collect(Collectors.toCollection(TreeSet::new)), tag -> "#" + tag));
        model.put("filtered", filters.containsKey("category") || filters.containsKey("tag"));
        model.put("cards", list.path("items").values().stream().map(HomePage::card).toList());
        int pages = list.path("totalPages").asInt(1);
        model.put("pager", Pager.of(pages, page, number -> href(filters, "page", null, number)));
        String title = q == null ? "Opinionated technology comparisons" : "Comparisons matching “" + q + "”";
        model.put("seo", new Seo(title, "Opinionated technology comparisons with a pick for each, and verdicts readers can move "
                + "with their votes.", site.absolute(href(filters, "page", null, page)), "website",
                PageText.scriptJson(StructuredData.website(site)), "/api/verdicts/feed", true));
        return new PageResult.Page("home", model);
    }

    private static List<Choice> chips(Map<String, String> filters, String name, TreeSet<String> values,
                                    Function<String, String> label) {
        values.remove("");
        return values.stream().map(value -> {
            boolean active = value.equals(filters.get(name));
            return new Choice(href(filters, name, active ? null : value, 1), label.apply(value), active);
        }).toList();
    }

    /**
     * The home page's address with filter {@code name} set to {@code value} (or removed when null; {@code page}
     * changes none), on page {@code page}.
     */
    private static String href(Map<String, String> filters, String name, String value, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
        Map<String, String> next = new LinkedHashMap<>(filters);
        if (!name.equals("page")) {
            next.put(name, value);
        }
        next.forEach((key, text) -> {
            if (text != null) {
                uri.queryParam(key, text);
            }
        });
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }

    private static Card card(JsonNode topic) {
        Map<String, String> names = new LinkedHashMap<>();
        topic.path("options").values().forEach(option -> names.put(option.path("key").asString(""), option.path("name").asString("")));
        JsonNode verdict = topic.path("verdict");
        Outcome outcome = Outcome.of(verdict);
        String pick = Objects.requireNonNullElse(PageText.text(verdict, "winner"), topic.path("editorialPick").path("option").asString(""));
        String pickName = outcome.named() ? names.getOrDefault(pick, pick) : null;
        JsonNode split = verdict.path("split");
        Map<String, Long> votes = new LinkedHashMap<>();
        names.forEach((key, name) -> votes.put(name.isEmpty() ? key : name, split.path(key).asLong(0)));
        long total = votes.values().stream().mapToLong(Long::longValue).sum();
        long most = votes.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> leaders = votes.entrySet().stream().filter(entry -> entry.getValue() == most).map(Map.Entry::getKey).toList();
        String splitText = total == 0 ? null : "Readers: " + votes.entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
        double share = total == 0 ? 0 : (double) most / total;
        String meterLabel = leaders.size() == 1
                ? leaders.getFirst() + " leads with " + PageText.percent(share) + " of readers' votes"
                : String.join(" and ", leaders) + " share the lead with " + PageText.percent(share) + " of readers' votes each";
        return new Card(topic.path("slug").asString(""), topic.path("title").asString(""), PageText.category(PageText.text(topic, "category")),
                outcome.lead(), pickName, splitText, share, meterLabel);
    }
}
