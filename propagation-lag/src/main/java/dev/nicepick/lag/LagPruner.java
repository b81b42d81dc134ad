package dev.nicepick.lag;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes samples older than {@code nicepick.lab.lag.retention}, every {@code prune-every}, on a thread of its own, so
 * recording stays one insert. Every replica prunes; deleting what another already deleted changes nothing.
 */
public class LagPruner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LagPruner.class);

    private final LagWindows windows;
    private final LagProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService executor;

    LagPruner(LagWindows windows, LagProperties properties, Clock clock) {
        this.windows = windows;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return how many samples were deleted */
    public int prune() {
        int deleted = windows.prune(clock.instant().minus(properties.retention()));
        if (deleted > 0) {
            log.info("Pruned {} lag samples older than {}", deleted, properties.retention());
        }
        return deleted;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "lag-pruner");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.pruneEvery().toMillis();
        started.scheduleWithFixedDelay(this::pruneAndCarryOn, every, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    // a failed round (database away) must not end the schedule
    private void pruneAndCarryOn() {
        try {
            prune();
        } catch (RuntimeException e) {
            log.warn("Pruning lag samples failed; trying again in {}: {}", properties.pruneEvery(), e.getMessage());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
