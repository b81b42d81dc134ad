package dev.nicepick.verdicts.intake;

import dev.nicepick.events.Streams;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vote tallies from feedback-service. Every feedback event (accepted, withdrawn, hidden, restored) carries the
 * whole tally and a sequence, so one handler serves them all; only a higher sequence is applied, so a replay
 * after a restart or a duplicate counts nothing twice.
 */
@Component
class FeedbackEventsListener {

    private static final Logger log = LoggerFactory.getLogger(FeedbackEventsListener.class);

    private final TopicInputs inputs;
    private final VerdictKeeper keeper;

    FeedbackEventsListener(TopicInputs inputs, VerdictKeeper keeper) {
        this.inputs = inputs;
        this.keeper = keeper;
    }

    @KafkaListener(id = "feedback-events", groupId = "verdict-service.feedback", topics = Streams.FEEDBACK)
    @Transactional
    public void on(FeedbackEvent feedback) {
        boolean newer = inputs.applyTally(feedback.topicId(), feedback.sequence(), feedback.tally());
        log.info("Tally {} of topic {} {}", feedback.sequence(), feedback.topicId(), newer ? "applied" : "ignored: not newer");
        if (newer) {
            keeper.refresh(feedback.topicId(), feedback.acceptedAt());
        }
    }
}
