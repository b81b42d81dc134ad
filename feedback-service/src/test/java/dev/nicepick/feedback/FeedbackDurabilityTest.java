package dev.nicepick.feedback;

import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.messaging.outbox.OutboxRelay;
import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged feedback is never lost between commit and publish: an instance that answered 202 and went
 * down before its relay sent the event leaves the event in the database, and the service sends it once it
 * runs again. (A repeat on the wire would be harmless: the tally sequence lets consumers ignore it.)
 */
class FeedbackDurabilityTest extends FeedbackTestBase {

    @Autowired
    OutboxRelay relay;

    @Test
    void feedbackAcknowledgedByAnInstanceThatDiedBeforePublishingIsSentAfterARestart() {
        TopicState topic = publishedTopic();
        relay.stop(); // this test's own instance must not send the event on the others' behalf
        try {
            String id;
            try (ConfigurableApplicationContext doomed = startAnotherInstance(FeedbackApplication.class)) {
                doomed.getBean(OutboxRelay.class).stop(); // it dies right after the commit, before its relay's next round
                Api.Response answer = asReader(Api.onLocalPort(port(doomed)).post("/api/topics/" + topic.slug() + "/feedback",
                        body("disagree", "grpc")), "reader-durable-1").send();
                assertThat(answer.status()).isEqualTo(202);
                id = answer.json().get("id").asString();
            }
            assertThat(pendingEvents(topic)).as("acknowledged, waiting in the outbox").isEqualTo(1);
            assertThat(feedbackStream.readToEnd(DEADLINE)).noneMatch(r -> topic.topicId().toString().equals(r.key()));

            try (ConfigurableApplicationContext restarted = startAnotherInstance(FeedbackApplication.class)) {
                FeedbackAccepted event = (FeedbackAccepted) events(topic.topicId(), 1).getFirst();
                assertThat(event.feedbackId().toString()).isEqualTo(id);
                assertThat(event.tally().get("grpc")).isEqualTo(1);
            }
        } finally {
            relay.start();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
