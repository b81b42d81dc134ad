package dev.nicepick.feedback;

import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The public comments: each reader's current visible vote with a comment, newest first, paged, without personal data. */
class CommentsTest extends FeedbackTestBase {

    @Test
    void onlyCurrentVisibleCommentsShowNewestFirstInPagesWithoutPersonalData() {
        TopicState topic = publishedTopic();
        give(topic.slug(), "reader-com-1", comment("disagree", "grpc", "First thought.")).send();
        give(topic.slug(), "reader-com-1", comment("agree", "rest", "Second thought.")).send(); // replaces the first
        String hidden = give(topic.slug(), "reader-com-2", comment("disagree", "grpc", "Buy cheap pills.")).send().json().get("id").asString();
        var withdrawn = give(topic.slug(), "reader-com-3", comment("disagree", "grpc", "Changed my mind.")).send().json();
        give(topic.slug(), "reader-com-4", body("disagree", "grpc")).send();
        Map<String, Object> silent = body("agree", "rest");
        silent.remove("comment");
        give(topic.slug(), "reader-com-5", silent).send();
        api().post("/api/feedback/" + hidden + "/hide", Map.of("reason", "spam")).bearer(tokens().mint("moderator-1", "moderator")).send();
        api().delete("/api/feedback/" + withdrawn.get("id").asString()).header("X-Withdraw-Token", withdrawn.get("withdrawToken").asString()).send();

        Response first = api().get(commentsPath(topic) + "?page=0&size=1").send();
        Response second = api().get(commentsPath(topic) + "?page=1&size=1").send();

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Cache-Control")).contains("public").contains("max-age=");
        JsonNode page = first.json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(2);
        assertThat(page.get("totalPages").asLong()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("comment").asString()).isEqualTo("I use grpc every day.");
        assertThat(page.get("items").get(0).get("stance").asString()).isEqualTo("disagree");
        assertThat(page.get("items").get(0).get("preferredOption").asString()).isEqualTo("grpc");
        assertThat(second.json().get("items").get(0).get("comment").asString()).isEqualTo("Second thought.");
        assertThat(second.json().get("items").get(0).propertyNames()).containsExactlyInAnyOrder("id", "stance", "preferredOption", "comment", "createdAt");
        String all = api().get(commentsPath(topic) + "?size=50").send().body();
        assertThat(all).doesNotContain("First thought.", "Buy cheap pills.", "Changed my mind.", "reader@example.com", "reader-com", "198.51.100.");
        assertThat(api().get(commentsPath(topic) + "?size=0").send().status()).isEqualTo(400);
        assertThat(api().get("/api/topics/no-such-topic/feedback/comments").send().status()).isEqualTo(404);
    }

    private static String commentsPath(TopicState topic) {
        return "/api/topics/" + topic.slug() + "/feedback/comments";
    }

    private static Map<String, Object> comment(String stance, String option, String text) {
        Map<String, Object> body = body(stance, option);
        body.put("comment", text);
        return body;
    }
}
