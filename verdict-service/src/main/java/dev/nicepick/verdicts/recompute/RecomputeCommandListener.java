package dev.nicepick.verdicts.recompute;

import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.ExperimentUnitRequested;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.verdicts.VerdictSettings;
import dev.nicepick.verdicts.experiment.ExperimentUnits;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This replica's share of the commands among replicas: every replica reads them as one consumer group, so Kafka
 * gives each the commands of its partitions. A recompute command recomputes its topic and notes it done by this
 * replica in the same transaction; an experiment's unit is computed and noted, writing no verdict
 * ({@link ExperimentUnits}).
 */
@Component
@KafkaListener(id = "recompute-commands", groupId = "verdict-service.recompute", topics = Streams.VERDICT_COMMANDS)
class RecomputeCommandListener {

    private final VerdictKeeper keeper;
    private final RecomputeItems items;
    private final ExperimentUnits experimentUnits;
    private final VerdictSettings settings;

    RecomputeCommandListener(VerdictKeeper keeper, RecomputeItems items, ExperimentUnits experimentUnits, VerdictSettings settings) {
        this.keeper = keeper;
        this.items = items;
        this.experimentUnits = experimentUnits;
        this.settings = settings;
    }

    @KafkaHandler
    @Transactional
    public void on(RecomputeRequested command) {
        keeper.refresh(command.topicId());
        items.done(command.runId(), command.topicId(), settings.instanceId());
    }

    @KafkaHandler
    public void on(ExperimentUnitRequested command) {
        experimentUnits.work(command);
    }
}
