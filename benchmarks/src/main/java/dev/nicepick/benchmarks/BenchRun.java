package dev.nicepick.benchmarks;

import dev.nicepick.lab.Catalogue;
import dev.nicepick.lab.Deadline;
import dev.nicepick.lab.LabHttp;
import dev.nicepick.lab.Machine;
import dev.nicepick.lab.ReportRun;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * bin/bench's program: runs the selected harnesses against the suite bin/bench started, each beside its reference
 * (gateway, intake, propagation, engine, then startup with memory, in that order), and writes the report. Exits 0 when
 * every selected harness ran, 1 when one failed (the report is written all the same, naming the failure), 2 on bad
 * arguments. A timing figure never fails a run; a vote answered 202 but not stored does. See {@link BenchOptions}.
 */
public final class BenchRun {

    private static final java.time.Duration REPORT_RESERVE = java.time.Duration.ofSeconds(60);

    private BenchRun() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        // Ctrl-C or bin/bench's deadline: nginx, wrk, pgbench and any process started alone go with this program
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroy),
                "bench-stop-tools"));
        Instant started = Instant.now();
        // the harnesses stop a minute early: stopping what one started (a service alone) and writing the report fit in it
        Deadline deadline = new Deadline(started.plus(options.timeLimit()).minus(REPORT_RESERVE));
        JsonMapper json = JsonMapper.builder().build();
        Suite suite = options.suite();
        Files.createDirectories(options.work());
        FlightRecorder recorder = new FlightRecorder(options.jfr(), Path.of(System.getProperty("java.home")), options.work(),
                options.out().resolve("profiles"));
        // reads need no token: the lab's client serves plain GETs here
        LabHttp lab = new LabHttp(URI.create(suite.url("gateway")), "", json);
        List<String> failures = new ArrayList<>();
        List<String> selected = options.harnesses();
        boolean needsCatalogue = selected.contains("intake") || selected.contains("propagation");
        Catalogue catalogue = needsCatalogue ? attempt("catalogue", failures, () -> Catalogue.read(lab.at(suite.port("topics-service")))) : null;
        List<StartupHarness.Memory> memory = new ArrayList<>();
        if (selected.contains("startup")) {
            memory.addAll(StartupHarness.memory(suite, "idle"));
        }

        GatewayHarness.Result gateway = selected.contains("gateway") ? attempt("gateway", failures,
                () -> GatewayHarness.run(suite, options.profile(), options.work(), recorder, deadline)) : null;
        IntakeHarness.Result intake = selected.contains("intake") && catalogue != null ? attempt("intake", failures,
                () -> IntakeHarness.run(suite, catalogue, options.profile(), options.work(), recorder, deadline)) : null;
        if (intake != null && !intake.durable()) {
            failures.add("intake: " + intake.accepted() + " votes were answered 202 and " + intake.stored() + " rows were stored (at most "
                    + intake.unanswered() + " answers unread)");
        }
        PropagationHarness.Result propagation = selected.contains("propagation") && catalogue != null ? attempt("propagation", failures,
                () -> PropagationHarness.run(suite, catalogue, options.profile(), recorder, deadline, lab)) : null;
        EngineHarness.Result engine = selected.contains("engine") ? attempt("engine", failures,
                () -> EngineHarness.run(options.profile(), options.work(), json, deadline)) : null;
        StartupHarness.Result startup = selected.contains("startup") ? attempt("startup", failures, () -> {
            memory.addAll(StartupHarness.memory(suite, "after load"));
            return StartupHarness.run(suite, options.profile(), options.work(), options.suiteReadySeconds(), options.suiteFirstReadySeconds(), memory, deadline);
        }) : null;
        if (startup != null) {
            startup.missed().forEach(missed -> failures.add("startup: " + missed));
        }

        BenchResults results = new BenchResults(Machine.here(options.commit()), options.profile().name(), started, Instant.now(), selected,
                gateway, intake, propagation, startup, engine, List.copyOf(failures));
        ReportRun.finish("bench", BenchReport.write(options.out(), results, json), failures);
    }

    private static <T> T attempt(String harness, List<String> failures, Callable<T> run) {
        return ReportRun.attempt("bench", harness, failures, run);
    }
}
