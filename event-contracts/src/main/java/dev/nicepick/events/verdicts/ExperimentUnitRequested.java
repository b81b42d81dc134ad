package dev.nicepick.events.verdicts;

import dev.nicepick.events.Event;

import java.time.Instant;
import java.util.UUID;

/**
 * A command among verdict-service replicas: compute this topic's verdict once, writing nothing, as unit
 * {@code pass} of experiment {@code experimentId} (the lab's "scale out" measurement). On the recompute commands'
 * stream, read by the same consumer group, so the units spread over the replicas as a recompute does; each unit is
 * keyed by topic and pass (not by topic alone) so a small catalogue still spreads over every partition.
 *
 * @param pass     which pass over the catalogue, from 0
 * @param notAfter the experiment's deadline: a replica that gets the command later skips it (the run has ended)
 */
public record ExperimentUnitRequested(UUID topicId, UUID experimentId, int pass, Instant notAfter) implements Event {
}
