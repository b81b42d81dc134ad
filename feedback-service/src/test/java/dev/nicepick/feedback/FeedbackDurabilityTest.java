package dev.nicepick.feedback;

import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.messaging.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acknowledged feedback is never lost between commit and publish: with the relay gone (as when the process
 * dies right after the commit), the event waits in the database, and a relay that starts again sends it.
 */
class FeedbackDurabilityTest extends FeedbackTestBase {

    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventCommittedButNotYetPublishedIsSentWhenTheRelayComesBack() {
        TopicState topic = publishedTopic();
        relay.stop();
        String id;
        try {
            var answer = give(topic.slug(), "reader-durable-1", body("disagree", "grpc")).send();
            assertThat(answer.status()).isEqualTo(202);
            id = answer.json().get("id").asString();
            assertThat(jdbc.sql("select count(*) from outbox_event where message_key = :key").param("key", topic.topicId().toString())
                    .query(Long.class).single()).as("waiting in the outbox").isEqualTo(1);
            assertThat(feedbackStream.readToEnd(DEADLINE)).noneMatch(r -> topic.topicId().toString().equals(r.key()));
        } finally {
            relay.start();
        }

        FeedbackAccepted event = (FeedbackAccepted) events(topic.topicId(), 1).getFirst();
        assertThat(event.feedbackId().toString()).isEqualTo(id);
    }
}
