package dev.nicepick.events.feedback;

import dev.nicepick.events.Event;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something changed what counts on a topic. Every feedback event carries the topic's whole tally and a
 * per-topic sequence number, so a consumer keeps the highest sequence and duplicates or reordering are
 * harmless. No personal data travels.
 */
public sealed interface FeedbackEvent extends Event permits FeedbackAccepted, FeedbackWithdrawn, FeedbackHidden, FeedbackRestored {

    UUID feedbackId();

    /** Counted votes per option key, after this change. */
    Map<String, Long> tally();

    /** Raised by one with every change on the topic. */
    long sequence();

    /**
     * When feedback-service accepted this change, as it stored it (microseconds): where the propagation lag of the
     * change is measured from. Null in events written before it existed. The CloudEvents {@code time} is when the
     * event was written to the outbox, a little later, so this field, not that attribute, is the contract.
     */
    Instant acceptedAt();
}
