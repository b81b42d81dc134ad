package dev.nicepick.drills;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link FaultDrills#watch} every {@value #PERIOD_MILLIS} ms on a thread of its own, so a drill stops at
 * {@code endsAt} (or soon after another replica stopped it) however busy or slow the request threads are. Exists only
 * where drills may run.
 */
class DrillWatch implements SmartLifecycle {

    static final long PERIOD_MILLIS = 250;
    private static final Logger log = LoggerFactory.getLogger(DrillWatch.class);

    private final FaultDrills drills;
    private ScheduledExecutorService executor;

    DrillWatch(FaultDrills drills) {
        this.drills = drills;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("fault-drill-watch").daemon().factory());
        executor.scheduleWithFixedDelay(this::watch, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        executor.shutdownNow();
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void watch() {
        try {
            drills.watch();
        } catch (RuntimeException e) {
            // the database may be away for a moment; the next round tries again
            log.warn("Fault drill watch failed: {}", e.toString());
        }
    }
}
