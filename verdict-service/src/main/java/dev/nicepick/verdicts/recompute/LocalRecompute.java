package dev.nicepick.verdicts.recompute;

import dev.nicepick.verdicts.VerdictSettings;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.verdicts.keeper.VerdictKeeper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Multiprocessing: every topic's verdict recomputed on this instance, spread over its cores. */
@Component
class LocalRecompute {

    private final TopicInputs inputs;
    private final VerdictKeeper keeper;
    private final VerdictSettings settings;

    LocalRecompute(TopicInputs inputs, VerdictKeeper keeper, VerdictSettings settings) {
        this.inputs = inputs;
        this.keeper = keeper;
        this.settings = settings;
    }

    RecomputeReport run() throws InterruptedException, ExecutionException {
        List<UUID> topics = inputs.allTopicIds();
        int threads = Runtime.getRuntime().availableProcessors();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> work = new ArrayList<>();
            topics.forEach(id -> work.add(pool.submit(() -> keeper.refresh(id))));
            for (Future<?> done : work) {
                done.get();
            }
        }
        return RecomputeReport.of("local", topics.size(), started, threads, Map.of(settings.instanceId(), topics.size()));
    }
}
