package dev.nicepick.lab;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops one replica of a service that bin/run started, found by its command line (its jar and
 * {@code --server.port=N}), with SIGTERM so it shuts down as in production: its consumers leave the group, which
 * rebalances onto the replicas left.
 */
public final class Replicas {

    private Replicas() {
    }

    /**
     * @param service e.g. verdict-service (the jar's name starts with it)
     * @param port    the replica's port
     * @return how long it took to exit
     * @throws IllegalStateException when no such process runs, or it has not exited within 60 s
     */
    public static Duration stop(String service, int port) {
        ProcessHandle replica = ProcessHandle.allProcesses()
                .filter(p -> isReplica(p.info().arguments().map(Arrays::asList).orElse(List.of()), service, port))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + service + " runs on port " + port));
        long started = System.nanoTime();
        replica.destroy();
        try {
            replica.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(service + " on port " + port + " did not stop within 60 s", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Whether a command line is that of {@code service}'s replica on {@code port}, as bin/run starts it. */
    static boolean isReplica(List<String> arguments, String service, int port) {
        return arguments.contains("--server.port=" + port)
                && arguments.stream().anyMatch(a -> a.contains("/" + service + "-") && a.endsWith(".jar"));
    }
}
