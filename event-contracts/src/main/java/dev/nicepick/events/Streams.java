package dev.nicepick.events;

/** Kafka topic names. Each stream is keyed by the nicepick topic id, so one topic's events stay in order. */
public final class Streams {

    public static final String TOPICS = "topics.events.v1";
    public static final String FEEDBACK = "feedback.events.v1";
    /** Compacted: the latest verdict of every topic stays recoverable. */
    public static final String VERDICTS = "verdicts.v1";
    /** Commands among verdict-service replicas (recompute one topic, compute one experiment unit); not part of the public contract. */
    public static final String VERDICT_COMMANDS = "verdicts.commands.v1";

    /** Where a consumer parks a record it cannot process (Spring Kafka's naming). */
    public static String deadLetter(String stream) {
        return stream + ".DLT";
    }

    private Streams() {
    }
}
