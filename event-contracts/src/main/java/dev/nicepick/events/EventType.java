package dev.nicepick.events;

import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.feedback.FeedbackHidden;
import dev.nicepick.events.feedback.FeedbackRestored;
import dev.nicepick.events.feedback.FeedbackWithdrawn;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.verdicts.ExperimentUnitRequested;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.events.verdicts.VerdictIssued;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type and version the suite knows. The CloudEvents {@code type} attribute names both, so a
 * breaking change (a removed or renamed field) is a new constant with a new version, and both are read
 * while producers move over.
 */
public enum EventType {

    TOPIC_PUBLISHED("dev.nicepick.topic.published.v1", Streams.TOPICS, TopicPublished.class),
    TOPIC_REVISED("dev.nicepick.topic.revised.v1", Streams.TOPICS, TopicRevised.class),
    TOPIC_ARCHIVED("dev.nicepick.topic.archived.v1", Streams.TOPICS, TopicArchived.class),
    FEEDBACK_ACCEPTED("dev.nicepick.feedback.accepted.v1", Streams.FEEDBACK, FeedbackAccepted.class),
    FEEDBACK_WITHDRAWN("dev.nicepick.feedback.withdrawn.v1", Streams.FEEDBACK, FeedbackWithdrawn.class),
    FEEDBACK_HIDDEN("dev.nicepick.feedback.hidden.v1", Streams.FEEDBACK, FeedbackHidden.class),
    FEEDBACK_RESTORED("dev.nicepick.feedback.restored.v1", Streams.FEEDBACK, FeedbackRestored.class),
    VERDICT_ISSUED("dev.nicepick.verdict.issued.v1", Streams.VERDICTS, VerdictIssued.class),
    RECOMPUTE_REQUESTED("dev.nicepick.verdict.recompute-requested.v1", Streams.VERDICT_COMMANDS, RecomputeRequested.class),
    EXPERIMENT_UNIT_REQUESTED("dev.nicepick.verdict.experiment-unit-requested.v1", Streams.VERDICT_COMMANDS,
            ExperimentUnitRequested.class);

    private final String ceType;
    private final String stream;
    private final Class<? extends Event> payloadType;

    EventType(String ceType, String stream, Class<? extends Event> payloadType) {
        this.ceType = ceType;
        this.stream = stream;
        this.payloadType = payloadType;
    }

    public String ceType() {
        return ceType;
    }

    public String stream() {
        return stream;
    }

    public Class<? extends Event> payloadType() {
        return payloadType;
    }

    /** The JSON Schema of this type's body, on the classpath. */
    public String schemaResource() {
        return "schemas/" + ceType + ".json";
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }

    public static EventType of(Event event) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType.equals(event.getClass()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + event.getClass()));
    }
}
