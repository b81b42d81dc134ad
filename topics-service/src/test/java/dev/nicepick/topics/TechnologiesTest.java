package dev.nicepick.topics;

import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.nicepick.topics.TopicFixtures.firstOption;
import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A page per technology: every key a comparison names leads somewhere with a real name, never an empty search. */
class TechnologiesTest extends ServiceIntegrationTest {

    /** Names whose makers spell them in lower case, so the display name may equal the key. */
    private static final Set<String> LOWER_CASE_NAMES = Set.of("webpack");

    @Test
    void everyKeyOfEverySeedComparisonHasAPageWithARealDisplayName() {
        Set<String> keys = new TreeSet<>();
        SeedContentTest.seed().valueStream().flatMap(t -> t.get("options").valueStream()).forEach(option -> {
            keys.add(option.get("key").asString());
            option.get("related").valueStream().forEach(related -> keys.add(related.asString()));
        });
        assertThat(keys).hasSizeGreaterThanOrEqualTo(74);

        for (String key : keys) {
            Response response = api().get("/api/technologies/" + key).send();
            assertThat(response.status()).as(key).isEqualTo(200);
            String name = response.json().get("name").asString();
            assertThat(name).as(key).isNotBlank();
            if (!LOWER_CASE_NAMES.contains(key)) {
                assertThat(name).as("the display name of %s, not the raw key", key).isNotEqualTo(key);
            }
        }
        assertThat(api().get("/api/technologies/message-queues").send().json().get("name").asString())
                .isEqualTo("Message queues");
        assertThat(api().get("/api/technologies/jvm").send().json().get("name").asString()).isEqualTo("JVM");
    }

    @Test
    void aTechnologysPageListsItsComparisonsWithEachPickAndItsRelatedTechnologies() {
        JsonNode postgresql = api().get("/api/technologies/postgresql").send().json();

        assertThat(postgresql.get("name").asString()).isEqualTo("PostgreSQL");
        assertThat(postgresql.get("kind").asString()).isEqualTo("database");
        assertThat(postgresql.get("comparisons").valueStream().map(c -> List.of(c.get("slug").asString(),
                c.get("role").asString(), c.get("pick").get("option").asString(), c.get("pick").get("name").asString(),
                c.get("outcome").asString())))
                .contains(List.of("postgresql-vs-mongodb", "option", "postgresql", "PostgreSQL", "winner"),
                        List.of("sqlite-vs-postgresql-vs-mysql", "option", "postgresql", "PostgreSQL", "winner"));
        assertThat(keysOf(postgresql.get("related"))).contains("sql", "jsonb", "flyway");

        JsonNode queues = api().get("/api/technologies/message-queues").send().json();
        assertThat(queues.get("comparisons").valueStream().map(c -> c.get("slug").asString() + " " + c.get("role").asString()))
                .contains("kafka-vs-rabbitmq related", "distributed-systems-vs-multiprocessing related");
        assertThat(keysOf(queues.get("related"))).as("curated, and the options that relate to it")
                .contains("kafka", "rabbitmq", "amqp", "distributed-systems");

        JsonNode testing = api().get("/api/technologies/unit-testing").send().json();
        assertThat(testing.get("comparisons").get(0).get("type").asString()).isEqualTo("complementary");
        assertThat(testing.get("comparisons").get(0).get("outcome").asString()).isEqualTo("use-both");
    }

    @Test
    void aKeyInAnotherCaseIsMovedToTheLowerCaseKeyWhenThatExists() {
        Response moved = api().get("/api/technologies/JVM?x=1").send();

        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo("/api/technologies/jvm?x=1");
        assertThat(api().get("/api/technologies/No-Such-Technology").send().status()).isEqualTo(404);
    }

    @Test
    void anUnknownKeyIsANotFoundProblem() {
        Response response = api().get("/api/technologies/no-such-technology").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("no-such-technology");
    }

    @Test
    void theIndexIsPagedByDisplayNameWithEachTechnologysComparisonCount() {
        JsonNode first = api().get("/api/technologies?size=30").send().json();
        JsonNode second = api().get("/api/technologies?size=30&page=1").send().json();

        assertThat(first.get("totalItems").asLong()).isGreaterThanOrEqualTo(74);
        assertThat(first.get("totalPages").asLong()).isEqualTo((first.get("totalItems").asLong() + 29) / 30);
        List<String> names = new ArrayList<>();
        first.get("items").forEach(t -> names.add(t.get("name").asString().toLowerCase(Locale.ROOT)));
        second.get("items").forEach(t -> names.add(t.get("name").asString().toLowerCase(Locale.ROOT)));
        assertThat(names).hasSize(60).isSorted();
        assertThat(first.get("items").valueStream().filter(t -> t.get("key").asString().equals("api-gateway"))
                .map(t -> tuple(t.get("name").asString(), t.get("comparisons").asLong())))
                .containsExactly(tuple("API gateway", 2L));
        assertThat(api().get("/api/technologies?size=500").send().status()).isEqualTo(400);
    }

    @Test
    void anEditorsNewKeysGetAPageOnceTheComparisonIsPublished() {
        String editor = tokens().mint("editor-1", "editor");
        String slug = unique("new-keys");
        String option = unique("helidon-nima");
        String related = unique("native-image");
        Map<String, Object> body = topic(slug);
        firstOption(body).put("key", option);
        firstOption(body).put("name", "Helidon Níma");
        firstOption(body).put("related", List.of(related));
        body.put("editorialPick", Map.of("option", option));
        api().post("/api/topics", body).bearer(editor).send();

        assertThat(api().get("/api/technologies/" + option).send().status()).as("a draft is not public").isEqualTo(404);

        api().post("/api/topics/" + slug + "/publish", null).bearer(editor).send();

        JsonNode named = api().get("/api/technologies/" + option).send().json();
        assertThat(named.get("name").asString()).as("the option's name").isEqualTo("Helidon Níma");
        assertThat(named.get("comparisons").get(0).get("pick").get("name").asString()).isEqualTo("Helidon Níma");
        assertThat(api().get("/api/technologies/" + related).send().json().get("name").asString())
                .as("a related key, title-cased").isEqualTo("Native Image " + capitalised(related.substring("native-image-".length())));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> keysOf(JsonNode technologies) {
        return technologies.valueStream().map(t -> t.get("key").asString()).toList();
    }
}
