package dev.nicepick.verdicts.intake;

import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Topics as topics-service announces them; a newer version recomputes the verdict in the same transaction. */
@Component
@KafkaListener(id = "topic-events", groupId = "verdict-service.topics", topics = Streams.TOPICS)
class TopicEventsListener {

    private final TopicInputs inputs;
    private final VerdictKeeper keeper;

    TopicEventsListener(TopicInputs inputs, VerdictKeeper keeper) {
        this.inputs = inputs;
        this.keeper = keeper;
    }

    @KafkaHandler
    @Transactional
    public void on(TopicPublished published) {
        apply(published.topic());
    }

    @KafkaHandler
    @Transactional
    public void on(TopicRevised revised) {
        apply(revised.topic());
    }

    @KafkaHandler
    @Transactional
    public void on(TopicArchived archived) {
        inputs.applyArchived(archived.topicId(), archived.version());
    }

    private void apply(TopicState topic) {
        if (inputs.applyTopic(topic)) {
            keeper.refresh(topic.topicId());
        }
    }
}
