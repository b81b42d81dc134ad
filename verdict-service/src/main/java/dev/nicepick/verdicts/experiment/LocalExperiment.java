package dev.nicepick.verdicts.experiment;

import dev.nicepick.verdicts.engine.VerdictInput;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Scale up (multiprocessing): every unit of a run on this instance, over a fixed pool of the asked threads. */
@Component
class LocalExperiment {

    private final ExperimentUnits units;

    LocalExperiment(ExperimentUnits units) {
        this.units = units;
    }

    /**
     * Reads each topic's inputs once, then computes every (topic, pass) unit on a pool of {@code threads}.
     *
     * @throws TimeoutException when the units are not all done by {@code deadline}; those not started are cancelled
     */
    void run(List<UUID> topics, int threads, int passes, Deadline deadline)
            throws TimeoutException, InterruptedException, ExecutionException {
        List<VerdictInput> inputs = topics.stream()
                .map(id -> units.input(id).orElseThrow(() -> new IllegalStateException("Topic " + id + " is no longer known")))
                .toList();
        List<Callable<Void>> work = new ArrayList<>(inputs.size() * passes);
        for (int pass = 0; pass < passes; pass++) {
            inputs.forEach(input -> work.add(() -> {
                units.compute(input);
                return null;
            }));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Void>> done = pool.invokeAll(work, deadline.remainingNanos(), TimeUnit.NANOSECONDS);
            if (done.stream().anyMatch(Future::isCancelled)) {
                throw new TimeoutException("Units left undone at the deadline");
            }
            for (Future<Void> unit : done) {
                unit.get();
            }
        }
    }
}
