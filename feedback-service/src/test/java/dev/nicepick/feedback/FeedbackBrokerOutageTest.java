package dev.nicepick.feedback;

import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.EmbeddedInfrastructure;
import dev.nicepick.testsupport.http.Api.Response;
import dev.nicepick.testsupport.kafka.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A broker outage is a delay, not downtime: the instance stays ready (so Kubernetes keeps it in its Service),
 * takes feedback into its database and outbox, shows the broker down in its health details, and sends the event
 * once the broker is back.
 */
class FeedbackBrokerOutageTest extends FeedbackTestBase {

    @Test
    void whileTheBrokerIsAwayTheServiceStaysReadyAndKeepsAcceptingFeedbackThenSendsIt() {
        TopicState topic = publishedTopic();
        EmbeddedKafkaBroker broker = EmbeddedInfrastructure.get().broker().orElseThrow();
        String id;
        broker.stop();
        try {
            Response readiness = api().get("/actuator/health/readiness").send();
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().get("status").asString()).isEqualTo("UP");

            Response answer = give(topic.slug(), "reader-outage-1", body("disagree", "grpc")).send();
            assertThat(answer.status()).isEqualTo(202);
            id = answer.json().get("id").asString();
            assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).as("stored").isEqualTo(1);
            assertThat(pendingEvents(topic)).as("its event waits in the outbox").isEqualTo(1);

            Response health = api().get("/actuator/health").send();
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/kafka/status").asString()).isEqualTo("DOWN");
            assertThat(health.json().at("/components/db/status").asString()).isEqualTo("UP");
            assertThat(api().get("/actuator/health/readiness").send().status()).as("still ready").isEqualTo(200);
        } finally {
            broker.start();
        }

        FeedbackAccepted event = (FeedbackAccepted) events(topic.topicId(), 1).getFirst();
        assertThat(event.feedbackId().toString()).isEqualTo(id);
        await().atMost(DEADLINE).until(() -> pendingEvents(topic) == 0);
        await().atMost(DEADLINE).until(() ->
                "UP".equals(api().get("/actuator/health").send().json().at("/components/kafka/status").asString()));
    }
}
