package dev.nicepick.benchmarks;

import dev.nicepick.lab.Catalogue;
import dev.nicepick.lab.Deadline;
import dev.nicepick.lab.Stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Harness {@code intake}: durable feedback intake, votes of new readers POSTed straight to feedback-service with wrk
 * (32 connections, {@link IntakeScript}), only 202s counted as accepted; the reference, in alternating rounds of the
 * same run, is pgbench's TPC-B-like script with 32 clients on the same PostgreSQL. Afterwards the feedback rows the
 * service stored are counted: at least one per 202 (every acknowledged vote durable), and no more than the 202s plus
 * the requests wrk left unanswered (in flight on each connection when a run's time was up, or timed out), which the
 * service may have stored without wrk reading the answer.
 */
public final class IntakeHarness {

    public static final int CONNECTIONS = 32;

    private IntakeHarness() {
    }

    /** One round: the intake's wrk run and its counts, then pgbench's run. */
    public record Round(int round, WrkOutput wrk, long accepted, long other, double acceptedPerSecond, PgbenchOutput pgbench) {
    }

    /**
     * @param acceptedPerSecond median over the rounds
     * @param tps               pgbench's median
     * @param ratio             accepted/s / tps
     * @param accepted          202s over every run, warm-up included
     * @param unanswered        requests whose answer wrk did not read: one per connection per run at most (in flight
     *                          when the run's time was up) plus wrk's socket errors
     * @param stored            feedback rows the service stored meanwhile
     */
    public record Result(int connections, int topics, List<Round> rounds, Double acceptedPerSecond, Double tps, Double ratio,
                         long accepted, long unanswered, long stored) {

        /** Every 202 is a stored row; any more rows are of requests whose answer wrk never read. */
        public boolean durable() {
            return stored >= accepted && stored - accepted <= unanswered;
        }
    }

    public static Result run(Suite suite, Catalogue catalogue, BenchProfile profile, Path work, FlightRecorder recorder,
                             Deadline deadline) throws Exception {
        Path script = Files.writeString(work.resolve("intake.lua"), IntakeScript.lua(catalogue, suite.gatewayCredential()));
        Postgres postgres = new Postgres(suite.port("postgres"));
        postgres.initPgbench();
        String url = suite.url("feedback-service") + "/";
        long before = Long.parseLong(postgres.query(Suite.DATABASES.get("feedback-service"), "select count(*) from feedback"));
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Wrk.Run warm = Wrk.run(url, CONNECTIONS, profile.warmUp(), script, List.of(runId + "w"));
        long accepted = IntakeScript.counts(warm.output())[0];
        long unanswered = CONNECTIONS + warm.figures().socketErrors();
        System.out.printf("bench: intake warm-up %8.0f accepted/s%n", accepted / warm.figures().seconds());
        postgres.pgbench(CONNECTIONS, profile.warmUp());
        List<Round> rounds = new ArrayList<>();
        try (FlightRecorder.Recording ignored = recorder.start("intake", suite, List.of("feedback-service"))) {
            for (int round = 1; round <= profile.rounds(); round++) {
                deadline.check("intake round " + round);
                Wrk.Run run = Wrk.run(url, CONNECTIONS, profile.round(), script, List.of(runId + round));
                long[] counts = IntakeScript.counts(run.output());
                accepted += counts[0];
                unanswered += CONNECTIONS + run.figures().socketErrors();
                double perSecond = Math.round(counts[0] / run.figures().seconds() * 10) / 10.0;
                deadline.check("pgbench round " + round);
                PgbenchOutput pgbench = postgres.pgbench(CONNECTIONS, profile.round());
                rounds.add(new Round(round, run.figures(), counts[0], counts[1], perSecond, pgbench));
                System.out.printf("bench: intake round %d %8.1f accepted/s (other answers %d, p99 %.1f ms)  pgbench %8.1f tps  %s%n",
                        round, perSecond, counts[1], run.figures().p99Ms(), pgbench.tps(), Ratios.text(Ratios.of(perSecond, pgbench.tps())));
            }
        }
        long stored = Long.parseLong(postgres.query(Suite.DATABASES.get("feedback-service"), "select count(*) from feedback")) - before;
        Double median = Stats.median(rounds.stream().map(Round::acceptedPerSecond).toList());
        Double tps = Stats.median(rounds.stream().map(r -> r.pgbench().tps()).toList());
        Result result = new Result(CONNECTIONS, catalogue.topics().size(), rounds, median, tps, Ratios.of(median, tps), accepted,
                unanswered, stored);
        System.out.printf("bench: intake median %.1f accepted/s vs pgbench %.1f tps: %s; durable: %d accepted (202), %d rows stored, "
                        + "at most %d answers unread (%s)%n", median, tps, Ratios.text(result.ratio()), accepted, stored, unanswered,
                result.durable() ? "every 202 stored" : "NOT DURABLE");
        return result;
    }
}
