package dev.nicepick.events.verdicts;

import dev.nicepick.events.Event;

import java.util.UUID;

/**
 * A command among verdict-service replicas: recompute this topic's verdict as part of run {@code runId}.
 * Keyed by topic id on a partitioned stream that all replicas read as one consumer group, so the work
 * spreads over them.
 */
public record RecomputeRequested(UUID topicId, UUID runId) implements Event {
}
