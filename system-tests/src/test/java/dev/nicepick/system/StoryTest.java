package dev.nicepick.system;

import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole story, through the gateway only: an editor publishes, readers disagree, the pick flips. */
class StoryTest {

    private final Newsroom newsroom = new Newsroom(SystemUnderTest.get());

    @Test
    void anEditorPublishesReadersDisagreeAndThePickFlips() {
        String slug = newsroom.startedTopic("story");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(newsroom.api().get("/api/topics/" + slug).send().json().path("verdict").path("winner").asText()).isEqualTo("alpha"));

        // Each vote: the time until the verdict counts it (eventual consistency, measured).
        List<Long> lagMillis = new ArrayList<>();
        int votes = 0;
        while (!newsroom.verdict(slug).path("winner").asText().equals("beta")) {
            assertThat(votes).as("the pick should flip within 40 votes against it").isLessThan(40);
            Api.Response answer = newsroom.vote(slug, "beta");
            assertThat(answer.status()).isEqualTo(202);
            votes++;
            long sent = System.nanoTime();
            int expected = votes;
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(25))
                    .until(() -> newsroom.verdict(slug).path("split").path("beta").asInt() >= expected);
            lagMillis.add((System.nanoTime() - sent) / 1_000_000);
            assertThat(newsroom.summary(slug).path("votes").path("beta").asInt()).isEqualTo(votes);
        }
        Collections.sort(lagMillis);
        System.out.printf(Locale.ROOT, "[story] %d votes flipped the pick; accepted feedback to verdict: p50 %d ms, p99 %d ms, max %d ms%n",
                votes, lagMillis.get(lagMillis.size() / 2), lagMillis.get(Math.min(lagMillis.size() - 1, lagMillis.size() * 99 / 100)),
                lagMillis.getLast());

        assertThat(votes).isGreaterThanOrEqualTo(20);
        JsonNode verdict = newsroom.verdict(slug);
        assertThat(verdict.path("overturned").asBoolean()).isTrue();
        assertThat(verdict.path("probability").asDouble()).isGreaterThanOrEqualTo(0.9);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(newsroom.api().get("/api/topics/" + slug).send().json().path("verdict").path("winner").asText()).isEqualTo("beta"));
        List<Long> revisions = newsroom.revisions(slug);
        assertThat(revisions).hasSizeGreaterThan(1);
        assertThat(revisions).isSortedAccordingTo(Collections.reverseOrder());
    }
}
