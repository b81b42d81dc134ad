package dev.nicepick.feedback;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the gateway names the reader: a vote that names one without the gateway's credential (or with a wrong
 * one) is refused as having no reader, and nothing is stored or counted.
 */
class ReaderIdentityTest extends FeedbackTestBase {

    private TopicState topic;

    @BeforeEach
    void topic() {
        topic = publishedTopic();
    }

    @Test
    void aVoteNamingAReaderWithoutTheCredentialIsRefused() {
        Response response = vote().header(HeaderNames.READER_KEY, "reader-spoofed-1")
                .header("X-Forwarded-For", "203.0.113.9").send();

        assertNoReader(response);
    }

    @Test
    void aVoteWithAWrongCredentialIsRefused() {
        Response response = vote().header(HeaderNames.READER_KEY, "reader-spoofed-2")
                .header(HeaderNames.GATEWAY_CREDENTIAL, TestSecrets.gatewayCredential() + "x").send();

        assertNoReader(response);
        assertNoReader(vote().header(HeaderNames.READER_KEY, "reader-spoofed-3")
                .header(HeaderNames.GATEWAY_CREDENTIAL, "").send());
    }

    @Test
    void aVoteThroughTheGatewayCounts() {
        assertThat(asReader(vote(), "reader-genuine-1").send().status()).isEqualTo(202);
        assertThat(summary(topic.slug()).get("total").asLong()).isEqualTo(1);
    }

    private Api.Request vote() {
        return api().post("/api/topics/" + topic.slug() + "/feedback", body("disagree", "grpc"));
    }

    private void assertNoReader(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(HeaderNames.READER_KEY);
        assertThat(response.json().get("errors").get(0).get("rule").asString()).isEqualTo("ReaderKey");
        assertThat(summary(topic.slug()).get("total").asLong()).as("nothing counted").isZero();
        assertThat(events(topic.topicId(), 0)).as("nothing published").isEmpty();
    }
}
