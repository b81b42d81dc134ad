package dev.nicepick.drills;

import de.codecentric.spring.boot.chaos.monkey.configuration.AssaultProperties;
import de.codecentric.spring.boot.chaos.monkey.configuration.ChaosMonkeySettings;
import de.codecentric.spring.boot.chaos.monkey.configuration.WatcherProperties;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a drill's fault into Chaos Monkey for Spring Boot's own assaults on this instance, through its runtime
 * settings ({@link ChaosMonkeySettings}): every call ({@code level} 1, deterministic) of the attacked handler methods
 * ({@link AttackedHandlers}, as {@code watchedCustomServices}) of controllers ({@code controller} and
 * {@code rest-controller} watchers) gets the latency assault or the exception assault; the runtime toggle
 * ({@code chaos.monkey.enabled}) goes on last and off first. Nothing else of the library is used: no other watcher, no
 * runtime assault (memory, CPU, kill), no Actuator endpoint.
 */
class ChaosMonkeyAssaults {

    private final ChaosMonkeySettings chaosMonkey;
    private final AttackedHandlers attacked;
    private final DrillSettings settings;
    private volatile UUID drill;

    ChaosMonkeyAssaults(ChaosMonkeySettings chaosMonkey, AttackedHandlers attacked, DrillSettings settings) {
        this.chaosMonkey = chaosMonkey;
        this.attacked = attacked;
        this.settings = settings;
    }

    /**
     * Starts the assault of {@code fault} on this instance for {@code drill}, replacing any other.
     *
     * @throws IllegalStateException when the service has no API endpoint to attack (Chaos Monkey would take an empty
     *                               list as "every controller", the lab's included)
     */
    synchronized void attack(UUID drill, Fault fault) {
        List<String> targets = attacked.signatures();
        if (targets.isEmpty()) {
            throw new IllegalStateException("This service has no API endpoint a drill could attack");
        }
        AssaultProperties assaults = chaosMonkey.getAssaultProperties();
        assaults.setLevel(1);
        assaults.setDeterministic(true);
        assaults.setWatchedCustomServices(targets);
        switch (fault) {
            case LATENCY -> latency(assaults, settings.latency());
            case UNRESPONSIVE -> latency(assaults, settings.unresponsiveLatency());
            case ERRORS -> {
                assaults.setLatencyActive(false);
                assaults.setExceptionsActive(true);
            }
        }
        WatcherProperties watchers = chaosMonkey.getWatcherProperties();
        watchers.setController(true);
        watchers.setRestController(true);
        chaosMonkey.getChaosMonkeyProperties().setEnabled(true);
        this.drill = drill;
    }

    /** Stops any assault on this instance; calls already waiting finish their wait. */
    synchronized void calmDown() {
        chaosMonkey.getChaosMonkeyProperties().setEnabled(false);
        AssaultProperties assaults = chaosMonkey.getAssaultProperties();
        assaults.setLatencyActive(false);
        assaults.setExceptionsActive(false);
        assaults.setWatchedCustomServices(List.of());
        WatcherProperties watchers = chaosMonkey.getWatcherProperties();
        watchers.setController(false);
        watchers.setRestController(false);
        this.drill = null;
    }

    /** The drill whose assault is on here. */
    Optional<UUID> drill() {
        return Optional.ofNullable(drill);
    }

    private static void latency(AssaultProperties assaults, Duration wait) {
        int millis = Math.toIntExact(wait.toMillis());
        assaults.setLatencyRangeStart(millis);
        assaults.setLatencyRangeEnd(millis);
        assaults.setExceptionsActive(false);
        assaults.setLatencyActive(true);
    }
}
