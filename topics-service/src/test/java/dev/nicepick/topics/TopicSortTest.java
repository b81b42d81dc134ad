package dev.nicepick.topics;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.VerdictIssued;
import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The home page's orders: newest, most voted and most contested (closest split first, unvoted last), over readers'
 * splits as the latest verdicts carry them. Four topics of this test's own, found by a word only their titles hold.
 */
class TopicSortTest extends ServiceIntegrationTest {

    private final EventCodec codec = new EventCodec();
    private final String word = "sortcheck" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[^a-z]", "x");
    private String landslide;
    private String closeCall;
    private String deadHeat;
    private String unvoted;

    /** Created in this order: 10 to 0 (10 votes), 6 to 5 (11 votes), 3 to 3 (6 votes), no votes. */
    @BeforeEach
    void fourTopicsWithDifferentSplits() {
        KafkaProbe verdicts = probe(Streams.VERDICTS);
        landslide = published("landslide", verdicts, 10, 0);
        closeCall = published("close-call", verdicts, 6, 5);
        deadHeat = published("dead-heat", verdicts, 3, 3);
        unvoted = published("unvoted", null, 0, 0);
        await().atMost(DEADLINE).until(() -> votes(landslide) == 10 && votes(closeCall) == 11 && votes(deadHeat) == 6);
    }

    @Test
    void mostVotedFirst() {
        assertThat(slugs("most-voted")).containsExactly(closeCall, landslide, deadHeat, unvoted);
    }

    @Test
    void mostContestedIsTheSmallestMarginFirstAndUnvotedLast() {
        assertThat(slugs("most-contested")).containsExactly(deadHeat, closeCall, landslide, unvoted);
    }

    @Test
    void newestFirst() {
        assertThat(slugs("newest")).containsExactly(unvoted, deadHeat, closeCall, landslide);
    }

    @Test
    void eachItemCarriesReadersSplit() {
        JsonNode item = page("most-contested").get("items").get(0);

        assertThat(item.get("verdict").get("split").get("quarkus").asLong()).isEqualTo(3);
        assertThat(item.get("verdict").get("split").get("micronaut").asLong()).isEqualTo(3);
    }

    @Test
    void anUnknownSortIsABadRequestListingTheSortsThereAre() {
        Response response = api().get("/api/topics?sort=popular").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("sort");
        assertThat(error.get("message").asString()).isEqualTo("must be one of newest, most-voted, most-contested");
    }

    private String published(String name, KafkaProbe verdicts, long forQuarkus, long forMicronaut) {
        String editor = tokens().mint("editor-1", "editor");
        String slug = unique(name);
        Map<String, Object> body = topic(slug);
        body.put("title", "Quarkus vs Micronaut " + word + " " + name);
        UUID id = UUID.fromString(api().post("/api/topics", body).bearer(editor).send().json().get("id").asString());
        api().post("/api/topics/" + slug + "/publish", null).bearer(editor).send();
        if (verdicts != null) {
            VerdictIssued issued = new VerdictIssued(id, slug, 1, "quarkus", 0.5,
                    Map.of("quarkus", forQuarkus, "micronaut", forMicronaut), "quarkus", false, "test", List.of(),
                    "Quarkus wins.", Instant.now(), "winner", null, null, null);
            verdicts.send(codec.toRecord(new EventEnvelope<>(UUID.randomUUID().toString(), EventType.VERDICT_ISSUED,
                    "/verdict-service", Instant.now(), id.toString(), "test-1", issued)));
        }
        return slug;
    }

    private long votes(String slug) {
        JsonNode verdict = api().get("/api/topics/" + slug).send().json().get("verdict");
        return verdict == null ? 0 : verdict.get("split").valueStream().mapToLong(JsonNode::asLong).sum();
    }

    private List<String> slugs(String sort) {
        return page(sort).get("items").valueStream().map(t -> t.get("slug").asString()).toList();
    }

    private JsonNode page(String sort) {
        Response response = api().get("/api/topics?q=" + word + "&sort=" + sort).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
