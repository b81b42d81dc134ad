package dev.nicepick.verdicts.experiment;

import dev.nicepick.events.verdicts.ExperimentUnitRequested;
import dev.nicepick.verdicts.VerdictSettings;
import dev.nicepick.verdicts.engine.VerdictEngine;
import dev.nicepick.verdicts.engine.VerdictInput;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The experiments' unit of work: one topic's verdict computed once by the engine from its stored inputs (as
 * {@link VerdictKeeper#currentInput} reads them), with the win probabilities always by Monte Carlo with the configured
 * {@code nicepick.verdict.draws} (40,000 by default; two-option topics too, whose real verdicts use an exact formula),
 * so every unit is the same CPU-bound work of some milliseconds. Nothing is written: no revision, no event.
 */
@Component
public class ExperimentUnits {

    private final VerdictKeeper keeper;
    private final Experiments experiments;
    private final VerdictSettings settings;
    private final VerdictEngine engine = new VerdictEngine();
    private final Clock clock = Clock.systemUTC();

    ExperimentUnits(VerdictKeeper keeper, Experiments experiments, VerdictSettings settings) {
        this.keeper = keeper;
        this.experiments = experiments;
        this.settings = settings;
    }

    /** @return the topic's stored inputs, read once; empty while the topic is unknown */
    Optional<VerdictInput> input(UUID topicId) {
        return keeper.currentInput(topicId);
    }

    /** One unit on inputs already read: the CPU-bound part alone. */
    void compute(VerdictInput input) {
        engine.computeSampled(input);
    }

    /**
     * This replica's share of a distributed run: reads the topic's inputs, computes the unit and notes it done by
     * this instance. A command past the run's deadline is skipped (the run has ended without it); so is one for a
     * topic that is no longer known, which its run then never counts complete.
     */
    public void work(ExperimentUnitRequested command) {
        if (clock.instant().isAfter(command.notAfter())) {
            return;
        }
        input(command.topicId()).ifPresent(input -> {
            compute(input);
            experiments.unitDone(command.experimentId(), command.topicId(), command.pass(), settings.instanceId());
        });
    }
}
