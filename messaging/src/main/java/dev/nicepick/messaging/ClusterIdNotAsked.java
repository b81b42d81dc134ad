package dev.nicepick.messaging;

import org.springframework.kafka.core.KafkaAdmin;

import java.util.Map;

/**
 * The administration client the observed template and listener containers are given instead of the application's:
 * one that never asks the broker for its cluster id. An observed send asks its template's admin for the id (only a
 * tag of the span) before every send until one answers, and each asking waits out the admin's operation timeout
 * (30 s) while the broker is away, which would stall the outbox relay behind every row; the spans do without the id.
 * Used for nothing else (no topics are declared through it).
 */
final class ClusterIdNotAsked extends KafkaAdmin {

    ClusterIdNotAsked() {
        super(Map.of());
    }

    /** @return null: unknown, so the span has no cluster id tag */
    @Override
    public String clusterId() {
        return null;
    }
}
