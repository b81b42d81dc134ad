package dev.nicepick.verdicts.experiment;

import java.util.List;

/**
 * @param cores {@code Runtime.availableProcessors()} of the instance that answers
 * @param items kept experiments, newest first
 */
public record ExperimentList(int cores, List<Experiment> items) {
}
