package dev.nicepick.verdicts.recompute;

import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.verdicts.VerdictSettings;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This replica's share of a distributed recompute: every replica reads the commands as one consumer group, so
 * Kafka gives each the topics of its partitions. Each topic is recomputed and noted as done by this replica in
 * the same transaction.
 */
@Component
class RecomputeCommandListener {

    private final VerdictKeeper keeper;
    private final RecomputeItems items;
    private final VerdictSettings settings;

    RecomputeCommandListener(VerdictKeeper keeper, RecomputeItems items, VerdictSettings settings) {
        this.keeper = keeper;
        this.items = items;
        this.settings = settings;
    }

    @KafkaListener(id = "recompute-commands", groupId = "verdict-service.recompute", topics = Streams.VERDICT_COMMANDS)
    @Transactional
    public void on(RecomputeRequested command) {
        keeper.refresh(command.topicId());
        items.done(command.runId(), command.topicId(), settings.instanceId());
    }
}
