package dev.nicepick.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's PostgreSQL through Debian's clients (psql, pgbench), as user postgres on 127.0.0.1 (bin/run's
 * embedded PostgreSQL trusts local connections: no password).
 */
public final class Postgres {

    /** pgbench's database, created on the suite's PostgreSQL for the reference. */
    public static final String PGBENCH_DATABASE = "pgbench";
    private final int port;

    public Postgres(int port) {
        this.port = port;
    }

    /** The first value of a query's answer (psql -tA). */
    public String query(String database, String sql) {
        return Processes.run(command("psql", "-d", database, "-tA", "-v", "ON_ERROR_STOP=1", "-c", sql), Duration.ofSeconds(60))
                .output().strip();
    }

    /** Creates pgbench's database unless it exists and fills it ({@code pgbench -i}, scale 1). */
    public void initPgbench() {
        if (query("postgres", "select count(*) from pg_database where datname = '" + PGBENCH_DATABASE + "'").equals("0")) {
            query("postgres", "create database " + PGBENCH_DATABASE);
        }
        Processes.run(command("pgbench", "-i", "-q", PGBENCH_DATABASE), Duration.ofSeconds(120));
    }

    /** pgbench's TPC-B-like script for {@code duration}, {@code clients} clients on 2 threads. */
    public PgbenchOutput pgbench(int clients, Duration duration) {
        return PgbenchOutput.parse(Processes.run(command("pgbench", "-c", Integer.toString(clients), "-j", "2",
                "-T", Long.toString(duration.toSeconds()), PGBENCH_DATABASE), duration.plusSeconds(60)).output());
    }

    private List<String> command(String tool, String... args) {
        List<String> command = new ArrayList<>(List.of(tool, "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres"));
        command.addAll(List.of(args));
        return command;
    }
}
