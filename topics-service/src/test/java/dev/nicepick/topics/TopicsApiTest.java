package dev.nicepick.topics;

import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

class TopicsApiTest extends ServiceIntegrationTest {

    private static final String SEED = "distributed-systems-vs-multiprocessing";

    private String editor() {
        return tokens().mint("editor-1", "editor");
    }

    @Test
    void servesTheSeedComparisonWhole() {
        Response response = api().get("/api/topics/" + SEED).send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode topic = response.json();
        assertThat(topic.get("title").asString()).isEqualTo("Distributed Systems vs Multiprocessing");
        assertThat(topic.get("status").asString()).isEqualTo("published");
        assertThat(topic.get("editorialPick").get("option").asString()).isEqualTo("distributed-systems");
        assertThat(topic.get("editorialPick").get("strength").asInt()).isEqualTo(10);
        assertThat(topic.get("options")).hasSize(2);
        JsonNode first = topic.get("options").get(0);
        assertThat(first.get("key").asString()).isEqualTo("distributed-systems");
        assertThat(first.get("related").toString()).contains("microservices", "message-queues");
        assertThat(first.get("bestFor").asString()).isNotBlank();
        assertThat(topic.get("bottomLine").asString()).startsWith("Developers should learn distributed systems");
        assertThat(topic.get("updatedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
        assertThat(response.header("ETag")).matches("\"\\d+\\.\\d+\"");
        assertThat(response.header("Cache-Control")).contains("max-age=30");
    }

    @Test
    void aMatchingIfNoneMatchGetsNotModified() {
        String etag = api().get("/api/topics/" + SEED).send().header("ETag");

        Response again = api().get("/api/topics/" + SEED).header("If-None-Match", etag).send();

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(api().get("/api/topics/" + SEED).header("If-None-Match", "\"0.0\"").send().status()).isEqualTo(200);
    }

    @Test
    void seedsAtLeastThirteenPublishedComparisons() {
        JsonNode page = api().get("/api/topics?size=100").send().json();

        assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(13);
        assertThat(page.get("items").valueStream().map(t -> t.get("slug").asString()))
                .contains(SEED, "rest-vs-grpc", "postgresql-vs-mongodb", "kafka-vs-rabbitmq");
    }

    @Test
    void searchesTitlesOptionNamesAndTagsByWordPrefix() {
        assertThat(slugs("/api/topics?q=postgre")).contains("postgresql-vs-mongodb", "sqlite-vs-postgresql-vs-mysql");
        assertThat(slugs("/api/topics?q=rabbitmq")).containsExactly("kafka-vs-rabbitmq");
        assertThat(slugs("/api/topics?q=concurrency")).contains(SEED);
        assertThat(slugs("/api/topics?q=%28%29%3A*%21")).isNotEmpty(); // only operators: no text filter
        assertThat(slugs("/api/topics?q=zzzznotaword")).isEmpty();
    }

    @Test
    void filtersByCategoryAndTagAndPages() {
        assertThat(slugs("/api/topics?category=databases")).contains("postgresql-vs-mongodb", "redis-vs-memcached")
                .doesNotContain("rest-vs-grpc");
        assertThat(slugs("/api/topics?tag=messaging")).containsExactly("kafka-vs-rabbitmq");

        JsonNode page = api().get("/api/topics?category=Databases&size=2&page=1").send().json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void relatedTopicsShareTagsOrTechnologiesBestFirst() {
        List<String> related = slugs("/api/topics/kafka-vs-rabbitmq/related");

        assertThat(related).isNotEmpty().doesNotContain("kafka-vs-rabbitmq").contains("monolith-vs-microservices");
        assertThat(related.getFirst()).isIn("monolith-vs-microservices", SEED, "rest-vs-grpc");
        assertThat(api().get("/api/topics/no-such-topic/related").send().status()).isEqualTo(404);
    }

    @Test
    void badListingParametersAreProblems() {
        Response response = api().get("/api/topics?size=1000").send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(api().get("/api/topics?page=-1").send().status()).isEqualTo(400);
        assertThat(api().get("/api/topics?page=abc").send().status()).isEqualTo(400);
    }

    @Test
    void unknownSlugIsANotFoundProblem() {
        Response response = api().get("/api/topics/no-such-topic").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("no-such-topic");
    }

    @Test
    void anEditorTakesATopicFromDraftToPublishedToArchived() {
        String slug = unique("quarkus-vs-micronaut");

        Response created = api().post("/api/topics", topic(slug)).bearer(editor()).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/topics/" + slug);
        assertThat(created.json().get("status").asString()).isEqualTo("draft");
        assertThat(created.json().get("version").asLong()).isEqualTo(1);

        assertThat(api().get("/api/topics/" + slug).send().status()).as("drafts are hidden from readers").isEqualTo(404);
        assertThat(api().get("/api/topics/" + slug).bearer(editor()).send().status()).isEqualTo(200);
        assertThat(slugs("/api/topics?q=quarkus")).doesNotContain(slug);

        Response published = api().post("/api/topics/" + slug + "/publish", null).bearer(editor()).send();
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("published");
        assertThat(api().get("/api/topics/" + slug).send().status()).isEqualTo(200);
        assertThat(slugs("/api/topics?q=quarkus")).contains(slug);
        assertThat(api().post("/api/topics/" + slug + "/publish", null).bearer(editor()).send().status()).isEqualTo(409);

        Response archived = api().post("/api/topics/" + slug + "/archive", null).bearer(editor()).send();
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("version").asLong()).isEqualTo(3);
        assertThat(api().get("/api/topics/" + slug).send().json().get("status").asString()).isEqualTo("archived");
        assertThat(slugs("/api/topics?q=quarkus")).doesNotContain(slug);
        assertThat(api().post("/api/topics/" + slug + "/archive", null).bearer(editor()).send().status()).isEqualTo(409);
    }

    @Test
    void revisingNeedsTheCurrentETag() {
        String slug = unique("revise");
        String etag = api().post("/api/topics", topic(slug)).bearer(editor()).send().header("ETag");
        Map<String, Object> edited = topic(slug);
        edited.put("title", "Quarkus vs Micronaut in 2026");

        assertThat(api().put("/api/topics/" + slug, edited).bearer(editor()).send().status())
                .as("no If-Match").isEqualTo(428);

        Response revised = api().put("/api/topics/" + slug, edited).bearer(editor()).header("If-Match", etag).send();
        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.json().get("title").asString()).isEqualTo("Quarkus vs Micronaut in 2026");
        assertThat(revised.json().get("version").asLong()).isEqualTo(2);

        edited.put("title", "A lost update");
        Response stale = api().put("/api/topics/" + slug, edited).bearer(editor()).header("If-Match", etag).send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().get("/api/topics/" + slug).bearer(editor()).send().json().get("title").asString())
                .isEqualTo("Quarkus vs Micronaut in 2026");
    }

    @Test
    void ifMatchStarOverwritesWhateverVersionIsThere() {
        String slug = unique("overwrite");
        api().post("/api/topics", topic(slug)).bearer(editor()).send();
        Map<String, Object> edited = topic(slug);
        edited.put("title", "Quarkus vs Micronaut, overwritten");

        Response overwritten = api().put("/api/topics/" + slug, edited).bearer(editor()).header("If-Match", "*").send();

        assertThat(overwritten.status()).as(overwritten.body()).isEqualTo(200);
        assertThat(overwritten.json().get("version").asLong()).isEqualTo(2);
        assertThat(api().put("/api/topics/no-such-topic", topic("no-such-topic")).bearer(editor()).header("If-Match", "*").send()
                .status()).as("* matches no topic that does not exist").isEqualTo(404);
    }

    @Test
    void revisingAnUnknownTopicIsNotFound() {
        Response response = api().put("/api/topics/no-such-topic", topic("no-such-topic")).bearer(editor())
                .header("If-Match", "\"1.0\"").send();

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aDuplicateSlugIsAConflictAndStoresNothing() {
        String slug = unique("duplicate");
        api().post("/api/topics", topic(slug)).bearer(editor()).send();
        Map<String, Object> second = topic(slug);
        second.put("title", "Another title");

        Response response = api().post("/api/topics", second).bearer(editor()).send();

        assertThat(response.status()).isEqualTo(409);
        assertThat(api().get("/api/topics/" + slug).bearer(editor()).send().json().get("title").asString())
                .isEqualTo("Quarkus vs Micronaut");
    }

    private List<String> slugs(String path) {
        Response response = api().get(path).send();
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json().get("items").valueStream().map(t -> t.get("slug").asString()).toList();
    }
}
