package dev.nicepick.drills;

import dev.nicepick.web.problem.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts, stops and reports this service's fault drills. The database holds the drills (one running per service,
 * {@link DrillStore}); the instance that takes a start request is the one attacked ({@link ChaosMonkeyAssaults},
 * absent wherever drills are refused). That instance {@linkplain #watch watches} its drill and calms down at
 * {@code endsAt}, or as soon as another replica stopped it.
 * <p>
 * Metrics: {@code nicepick.lab.drills.started} (counter, tag {@code fault}) and {@code nicepick.lab.drill.running}
 * (gauge: 1 while this instance is attacked, else 0). Each start and end is one log line with the drill's fields as
 * key-value pairs.
 */
public class FaultDrills {

    private static final Logger log = LoggerFactory.getLogger(FaultDrills.class);

    private final DrillStore store;
    private final Optional<ChaosMonkeyAssaults> assaults;
    private final DrillSettings settings;
    private final DrillRefusal refusal;
    private final Environment environment;
    private final MeterRegistry meters;

    FaultDrills(DrillStore store, Optional<ChaosMonkeyAssaults> assaults, DrillSettings settings, Environment environment,
                MeterRegistry meters) {
        this.store = store;
        this.assaults = assaults;
        this.settings = settings;
        this.refusal = DrillRefusal.of(settings, environment);
        this.environment = environment;
        this.meters = meters;
        if (refusal == null && assaults.isEmpty()) {
            throw new IllegalStateException("Fault drills are enabled but Chaos Monkey for Spring Boot is not loaded");
        }
        Gauge.builder("nicepick.lab.drill.running", this, drills -> drills.attackedHere() ? 1 : 0)
                .description("1 while a fault drill attacks this instance, else 0").register(meters);
    }

    /** What {@code GET /api/lab/drills} answers. */
    public DrillsOverview overview() {
        Optional<Drill> newest = store.newest(service());
        return new DrillsOverview(service(), settings.enabled(), refusal,
                newest.filter(drill -> drill.status() == DrillStatus.RUNNING).orElse(null), newest.orElse(null));
    }

    /**
     * Starts a drill attacking this instance.
     *
     * @throws dev.nicepick.web.problem.ApiProblem 403 when drills are refused here ({@link DrillRefusal}), 400 when
     *                                             {@code seconds} exceeds {@code max-duration}, 409 when one runs
     */
    public Drill start(DrillRequest request) {
        if (refusal != null) {
            throw Problems.forbidden(refusal.reason());
        }
        long max = settings.maxDuration().toSeconds();
        if (request.seconds() > max) {
            throw Problems.invalid("seconds", "Max", "must be at most " + max + " (" + DrillSettings.PREFIX + ".max-duration)");
        }
        Drill drill;
        try {
            drill = store.start(service(), instance(), request.fault(), request.seconds());
        } catch (DuplicateKeyException running) {
            throw Problems.conflict("A fault drill is already running on " + service()
                    + "; stop it (DELETE /api/lab/drills/current) or wait until it ends.");
        }
        ChaosMonkeyAssaults here = assaults.orElseThrow();
        try {
            here.attack(drill.id(), drill.fault());
        } catch (RuntimeException e) {
            store.stopRunning(service());
            throw e;
        }
        Counter.builder("nicepick.lab.drills.started").description("Fault drills started on this instance, by fault")
                .tag("fault", drill.fault().json()).register(meters).increment();
        logged(drill, "Fault drill started");
        return drill;
    }

    /**
     * Stops the running drill, on whichever instance it attacks: here at once, on another replica at its next
     * {@linkplain #watch watch}.
     *
     * @throws dev.nicepick.web.problem.ApiProblem 404 when none runs
     */
    public Drill stop() {
        Drill stopped = store.stopRunning(service()).orElseThrow(() -> Problems.notFound("running fault drill on", service()));
        assaults.ifPresent(here -> here.drill().filter(stopped.id()::equals).ifPresent(id -> here.calmDown()));
        logged(stopped, "Fault drill stopped");
        return stopped;
    }

    /**
     * Run often while drills may run here: when this instance's drill has reached {@code endsAt} it records the end
     * and calms down; when it was stopped elsewhere (another replica took the DELETE), it calms down.
     */
    void watch() {
        assaults.ifPresent(here -> here.drill().ifPresent(id -> {
            Optional<Drill> drill = store.endIfDue(id);
            if (drill.map(Drill::status).orElse(DrillStatus.ENDED) != DrillStatus.RUNNING) {
                here.calmDown();
                drill.filter(ended -> ended.status() == DrillStatus.ENDED).ifPresent(ended -> logged(ended, "Fault drill ended"));
            }
        }));
    }

    private boolean attackedHere() {
        return assaults.flatMap(ChaosMonkeyAssaults::drill).isPresent();
    }

    private static void logged(Drill drill, String message) {
        log.atInfo().setMessage(message)
                .addKeyValue("drill", drill.id())
                .addKeyValue("service", drill.service())
                .addKeyValue("instance", drill.instance())
                .addKeyValue("fault", drill.fault().json())
                .addKeyValue("seconds", drill.seconds())
                .addKeyValue("startedAt", drill.startedAt())
                .addKeyValue("endsAt", drill.endsAt())
                .addKeyValue("endedAt", drill.endedAt())
                .addKeyValue("status", drill.status().json())
                .log();
    }

    private String service() {
        return environment.getRequiredProperty("spring.application.name");
    }

    /** This instance: its host (a pod's name on Kubernetes) and HTTP port, e.g. {@code verdict-service-7d9f:8082}. */
    private String instance() {
        String host = environment.getProperty("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return host + ":" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
