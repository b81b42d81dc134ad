package dev.nicepick.verdicts.intake;

import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventDecodingException;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Topics as topics-service announces them; a newer version recomputes the verdict in the same transaction. */
@Component
class TopicEventsListener {

    private final EventCodec codec;
    private final TopicInputs inputs;
    private final VerdictKeeper keeper;

    TopicEventsListener(EventCodec codec, TopicInputs inputs, VerdictKeeper keeper) {
        this.codec = codec;
        this.inputs = inputs;
        this.keeper = keeper;
    }

    @KafkaListener(id = "topic-events", groupId = "verdict-service.topics", topics = Streams.TOPICS)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        Event event = codec.fromRecord(record).data();
        switch (event) {
            case TopicPublished published -> {
                if (inputs.applyTopic(published.topic())) {
                    keeper.refresh(published.topicId());
                }
            }
            case TopicRevised revised -> {
                if (inputs.applyTopic(revised.topic())) {
                    keeper.refresh(revised.topicId());
                }
            }
            case TopicArchived archived -> inputs.applyArchived(archived.topicId(), archived.version());
            default -> throw new EventDecodingException(event.getClass().getSimpleName() + " does not belong on " + Streams.TOPICS);
        }
    }
}
