package dev.nicepick.verdicts.intake;

import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventDecodingException;
import dev.nicepick.events.Streams;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vote tallies from feedback-service. Each event carries the whole tally and a sequence; only a higher
 * sequence is applied, so a replay after a restart or a duplicate counts nothing twice.
 */
@Component
class FeedbackEventsListener {

    private static final Logger log = LoggerFactory.getLogger(FeedbackEventsListener.class);

    private final EventCodec codec;
    private final TopicInputs inputs;
    private final VerdictKeeper keeper;

    FeedbackEventsListener(EventCodec codec, TopicInputs inputs, VerdictKeeper keeper) {
        this.codec = codec;
        this.inputs = inputs;
        this.keeper = keeper;
    }

    @KafkaListener(id = "feedback-events", groupId = "verdict-service.feedback", topics = Streams.FEEDBACK)
    @Transactional
    public void on(ConsumerRecord<String, byte[]> record) {
        Event event = codec.fromRecord(record).data();
        if (!(event instanceof FeedbackEvent feedback)) {
            throw new EventDecodingException(event.getClass().getSimpleName() + " does not belong on " + Streams.FEEDBACK);
        }
        boolean newer = inputs.applyTally(feedback.topicId(), feedback.sequence(), feedback.tally());
        log.info("Tally {} of topic {} {}", feedback.sequence(), feedback.topicId(), newer ? "applied" : "ignored: not newer");
        if (newer) {
            keeper.refresh(feedback.topicId());
        }
    }
}
