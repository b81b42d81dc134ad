package dev.nicepick.testsupport;

import dev.nicepick.testsupport.kafka.EmbeddedKafkaBroker;
import dev.nicepick.testsupport.postgres.EmbeddedPostgresServer;
import dev.nicepick.testsupport.postgres.PostgresBinaries;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * The broker and database for running the suite on a laptop: the same embedded servers the tests use, on
 * fixed ports, with data kept under one folder between runs. Runs until stopped (Ctrl-C or SIGTERM).
 *
 * <p>Arguments: {@code <data folder> <kafka port> <postgres port> <database>...}
 */
public final class LocalInfrastructure {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: LocalInfrastructure <data folder> <kafka port> <postgres port> <database>...");
            System.exit(2);
        }
        Path data = EmbeddedPostgresServer.reachableDirectory(Path.of(args[0]).toAbsolutePath());
        int kafkaPort = Integer.parseInt(args[1]);
        int postgresPort = Integer.parseInt(args[2]);

        EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(PostgresBinaries.unpackedIn(data.resolve("pg-binaries")),
                data.resolve("postgres"), postgresPort, List.of());
        EmbeddedKafkaBroker kafka = new EmbeddedKafkaBroker(EmbeddedPostgresServer.reachableDirectory(data.resolve("kafka")), kafkaPort, kafkaPort + 1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
            stopped.countDown();
        }, "local-infrastructure-stop"));

        postgres.start();
        for (int i = 3; i < args.length; i++) {
            postgres.createDatabaseIfMissing(args[i]);
        }
        kafka.start();
        System.out.println("READY kafka=" + kafka.bootstrapServers() + " postgres=" + postgres.jdbcUrl(""));
        stopped.await();
    }

    private LocalInfrastructure() {
    }
}
