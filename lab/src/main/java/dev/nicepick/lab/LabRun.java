package dev.nicepick.lab;

import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * bin/lab's program: runs the lab's experiments against a suite bin/lab started (availability with drills, then
 * consistency, then scale, which stops verdict-service replicas and so comes last) and writes the report. Exits 0
 * when every experiment ran, 1 when one failed (the report is written all the same, naming the failure), 2 on bad
 * arguments. A timing figure never fails a run. See {@link LabOptions} for the arguments.
 */
public final class LabRun {

    private LabRun() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        LabOptions options;
        String token = System.getenv("LAB_ADMIN_TOKEN");
        try {
            options = LabOptions.parse(args);
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("LAB_ADMIN_TOKEN (an admin bearer token) is required");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("lab: " + e.getMessage());
            System.exit(2);
            return;
        }
        Instant started = Instant.now();
        Deadline deadline = new Deadline(started.plus(options.timeLimit()));
        JsonMapper json = JsonMapper.builder().build();
        LabHttp http = new LabHttp(options.gateway(), token, json);
        LabProfile profile = options.profile();
        List<String> failures = new ArrayList<>();
        Catalogue catalogue = attempt("catalogue", failures, () -> Catalogue.read(http));

        AvailabilityExperiment.Result availability = catalogue == null ? null : attempt("availability", failures,
                () -> AvailabilityExperiment.run(http, http.at(options.managementPort()), catalogue, profile, deadline));
        ConsistencyExperiment.Result consistency = catalogue == null ? null : attempt("consistency", failures,
                () -> ConsistencyExperiment.run(http, http.at(options.verdictPorts().getFirst()), http.at(options.topicsPort()),
                        catalogue, profile, availability == null ? List.of() : availability.drills(), deadline));
        ScaleExperiment.Result scale = attempt("scale", failures, () -> ScaleExperiment.run(http, profile,
                Runtime.getRuntime().availableProcessors(), options.verdictPorts(), deadline));

        LabResults results = new LabResults(Machine.here(options.commit()), profile.name(), started, Instant.now(),
                LabResults.UNITS, availability, consistency, scale, List.copyOf(failures));
        ReportRun.finish("lab", LabReport.write(options.out(), results, json), failures);
    }

    private static <T> T attempt(String experiment, List<String> failures, Callable<T> run) {
        return ReportRun.attempt("lab", experiment, failures, run);
    }
}
