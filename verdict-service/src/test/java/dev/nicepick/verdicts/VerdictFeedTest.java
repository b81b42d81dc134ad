package dev.nicepick.verdicts;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Atom feeds of verdict changes, read back with ROME as a feed reader would. */
class VerdictFeedTest extends VerdictServiceTestBase {

    private static final String TAG = "tag:nicepick.dev,2026:verdicts";

    @Test
    void aTopicsFeedHasOneEntryPerChangeOfVerdictNewestFirstWithItsHeadlineAndLink() throws Exception {
        String slug = unique("feed-topic");
        TopicState topic = publishTopic(slug);
        awaitVerdict(slug, v -> true);
        sendTally(topic.topicId(), 1, 1, 13);
        awaitVerdict(slug, v -> v.get("revision").asLong() == 2);
        sendTally(topic.topicId(), 2, 2, 30);
        awaitVerdict(slug, v -> v.get("revision").asLong() == 3);
        List<JsonNode> history = api().get("/api/verdicts/" + slug + "/history").send().json().get("items").valueStream().toList();
        // revision 2 only moved the counts; revision 3 is readers overturning the pick
        assertThat(history).extracting(r -> r.get("winner").asString() + "/" + r.get("outcome").asString())
                .containsExactly("grpc/winner", "rest/winner", "rest/winner");
        List<JsonNode> changes = List.of(history.get(0), history.get(2));

        Api.Response response = api().get("/api/verdicts/" + slug + "/feed").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/atom+xml");
        Feed feed = parse(response.body());
        assertThat(feed.getId()).isEqualTo(TAG + "/" + slug);
        assertThat(feed.getTitle()).isEqualTo("REST vs gRPC: verdict changes");
        assertThat(feed.getUpdated()).isEqualTo(seconds(history.getFirst().get("computedAt").asString()));
        assertThat(feed.getEntries()).extracting(Entry::getId)
                .containsExactly(TAG + "/" + slug + "/3", TAG + "/" + slug + "/1");
        for (int i = 0; i < changes.size(); i++) {
            JsonNode revision = changes.get(i);
            Entry entry = feed.getEntries().get(i);
            assertThat(entry.getTitle()).isEqualTo("REST vs gRPC: " + revision.get("headline").asString());
            assertThat(entry.getUpdated()).isEqualTo(seconds(revision.get("computedAt").asString()));
            assertThat(entry.getAlternateLinks()).extracting(Link::getHref).containsExactly("/compare/" + slug);
            assertThat(entry.getSummary()).extracting(Content::getValue)
                    .isEqualTo(revision.get("reasonText").asString() + " " + revision.get("bottomLine").asString());
        }
        assertThat(feed.getEntries().getFirst().getTitle()).startsWith("REST vs gRPC: Readers' pick: gRPC.");
        assertThat(feed.getEntries().getLast().getTitle()).isEqualTo("REST vs gRPC: Our pick: REST. No reader evidence yet.");
    }

    @Test
    void theFeedOfAllTopicsListsTheLatestChangesOfVerdictNewestFirst() throws Exception {
        String first = unique("feed-all-a");
        String second = unique("feed-all-b");
        TopicState a = publishTopic(first);
        awaitVerdict(first, v -> true);
        publishTopic(second);
        awaitVerdict(second, v -> true);
        sendTally(a.topicId(), 1, 1, 13);
        awaitVerdict(first, v -> v.get("revision").asLong() == 2);
        sendTally(a.topicId(), 2, 2, 30);
        awaitVerdict(first, v -> v.get("revision").asLong() == 3);

        Feed feed = parse(api().get("/api/verdicts/feed").send().body());

        assertThat(feed.getId()).isEqualTo(TAG);
        assertThat(feed.getEntries()).hasSizeBetween(3, 50);
        assertThat(feed.getEntries()).extracting(Entry::getUpdated).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> ids = feed.getEntries().stream().map(Entry::getId).toList();
        assertThat(ids).containsSubsequence(TAG + "/" + first + "/3", TAG + "/" + second + "/1", TAG + "/" + first + "/1");
        assertThat(ids).as("a revision that only moved the counts").doesNotContain(TAG + "/" + first + "/2");
        assertThat(feed.getUpdated()).isEqualTo(feed.getEntries().getFirst().getUpdated());
    }

    @Test
    void aHeadAnswersLikeAGetAndAnUnchangedFeedIsNotSentAgain() {
        String slug = unique("feed-head");
        publishTopic(slug);
        awaitVerdict(slug, v -> true);
        Api.Response get = api().get("/api/verdicts/" + slug + "/feed").send();

        // an OpenAPI description lists GET only; HEAD is HTTP's own companion to it, so this one call is not held to it
        Api.Response head = new Api(api().baseUrl()).request("HEAD", "/api/verdicts/" + slug + "/feed", null).send();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.body()).isEmpty();
        assertThat(get.header("ETag")).isNotBlank();
        assertThat(get.header("Last-Modified")).isNotBlank();

        Api.Response again = api().get("/api/verdicts/" + slug + "/feed").header("If-None-Match", get.header("ETag")).send();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void anUnknownTopicsFeedIsANotFoundProblem() {
        Api.Response response = api().get("/api/verdicts/no-such-topic/feed").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    private static Feed parse(String body) throws Exception {
        return (Feed) new WireFeedInput().build(new StringReader(body));
    }

    /** Atom dates carry whole seconds. */
    private static Date seconds(String instant) {
        return Date.from(Instant.parse(instant).truncatedTo(ChronoUnit.SECONDS));
    }
}
