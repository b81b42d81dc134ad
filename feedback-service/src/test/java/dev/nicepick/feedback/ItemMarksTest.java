package dev.nicepick.feedback;

import dev.nicepick.events.EventType;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readers mark pros ("this matters to me") and cons ("this con is wrong"): one mark per reader and item, counted
 * against the item's text, so a reordering keeps the count and a rewording starts fresh.
 */
class ItemMarksTest extends FeedbackTestBase {

    @Test
    void marksAreCountedOncePerReaderAndShowWhetherTheReaderMarked() {
        TopicState topic = publishedTopic();

        assertThat(mark(topic, "reader-item-1", "rest/pros/1").send().status()).isEqualTo(204);
        assertThat(mark(topic, "reader-item-1", "rest/pros/1").send().status()).as("again: nothing more").isEqualTo(204);
        assertThat(mark(topic, "reader-item-2", "rest/pros/1").send().status()).isEqualTo(204);
        assertThat(mark(topic, "reader-item-2", "grpc/cons/0").send().status()).isEqualTo(204);

        JsonNode items = items(topic, "reader-item-1");
        assertThat(items).hasSize(5);
        assertThat(item(items, "rest", "pros", 0).get("count").asLong()).isZero();
        assertThat(item(items, "rest", "pros", 1).get("count").asLong()).isEqualTo(2);
        assertThat(item(items, "rest", "pros", 1).get("mine").asBoolean()).isTrue();
        assertThat(item(items, "grpc", "cons", 0).get("count").asLong()).isEqualTo(1);
        assertThat(item(items, "grpc", "cons", 0).get("mine").asBoolean()).isFalse();
        assertThat(item(items(topic, null), "rest", "pros", 1).get("mine").asBoolean()).isFalse();

        assertThat(asReader(api().delete(itemPath(topic, "rest/pros/1")), "reader-item-1").send().status()).isEqualTo(204);
        assertThat(asReader(api().delete(itemPath(topic, "rest/pros/1")), "reader-item-1").send().status()).isEqualTo(204);
        assertThat(item(items(topic, "reader-item-1"), "rest", "pros", 1).get("count").asLong()).isEqualTo(1);
        assertThat(item(items(topic, "reader-item-1"), "rest", "pros", 1).get("mine").asBoolean()).isFalse();
    }

    @Test
    void unknownItemsAreNotFoundAndChangeNothing() {
        TopicState topic = publishedTopic();

        for (String unknown : List.of("soap/pros/0", "rest/maybes/0", "rest/pros/2", "rest/pros/-1")) {
            Response response = mark(topic, "reader-item-3", unknown).send();
            assertThat(response.status()).as(unknown).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(mark(topic, "reader-item-3", "rest/pros/2").send().json().get("detail").asString())
                .isEqualTo("No item 'rest/pros/2' in topic '" + topic.slug() + "'.");
        assertThat(api().put(itemPath(topic, "rest/pros/0"), null).send().status()).as("no reader").isEqualTo(400);
        assertThat(items(topic, null)).allSatisfy(item -> assertThat(item.get("count").asLong()).isZero());
    }

    @Test
    void aReorderingKeepsMarksAndARewordingStartsFresh() {
        TopicState topic = publishedTopic();
        mark(topic, "reader-item-4", "rest/pros/0").send(); // "Everywhere"
        mark(topic, "reader-item-5", "rest/pros/1").send(); // "Cacheable"

        revise(topic, 3, List.of("Cacheable", "Everywhere"));

        assertThat(item(items(topic, "reader-item-4"), "rest", "pros", 1).get("mine").asBoolean()).as("Everywhere moved").isTrue();
        assertThat(item(items(topic, null), "rest", "pros", 0).get("count").asLong()).isEqualTo(1);

        revise(topic, 4, List.of("Cacheable responses", "Everywhere"));

        assertThat(item(items(topic, null), "rest", "pros", 0).get("count").asLong()).as("reworded").isZero();
        assertThat(item(items(topic, null), "rest", "pros", 1).get("count").asLong()).isEqualTo(1);
    }

    private void revise(TopicState topic, long version, List<String> restPros) {
        send(new TopicRevised(topicState(topic.topicId(), topic.slug(), version, null, restPros)), EventType.TOPIC_REVISED);
        await().atMost(DEADLINE).until(() -> jdbc.sql("select version from topic where topic_id = :id")
                .param("id", topic.topicId()).query(Long.class).single() == version);
    }

    private Api.Request mark(TopicState topic, String reader, String item) {
        return asReader(api().put(itemPath(topic, item), null), reader);
    }

    private JsonNode items(TopicState topic, String reader) {
        Api.Request request = api().get("/api/topics/" + topic.slug() + "/feedback/items");
        Response response = (reader == null ? request : asReader(request, reader)).send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Cache-Control")).contains("no-store");
        return response.json().get("items");
    }

    private static JsonNode item(JsonNode items, String option, String list, int index) {
        for (JsonNode item : items) {
            if (item.get("option").asString().equals(option) && item.get("list").asString().equals(list) && item.get("index").asInt() == index) {
                return item;
            }
        }
        throw new AssertionError("no item " + option + "/" + list + "/" + index + " in " + items);
    }

    private static String itemPath(TopicState topic, String item) {
        return "/api/topics/" + topic.slug() + "/feedback/items/" + item;
    }
}
