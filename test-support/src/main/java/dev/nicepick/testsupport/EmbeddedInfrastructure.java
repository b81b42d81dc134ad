package dev.nicepick.testsupport;

import dev.nicepick.testsupport.kafka.EmbeddedKafkaBroker;
import dev.nicepick.testsupport.net.FreePorts;
import dev.nicepick.testsupport.postgres.EmbeddedPostgresServer;
import dev.nicepick.testsupport.postgres.PostgresBinaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The broker and database every integration test in one JVM shares: started on first use, in parallel,
 * and stopped when the JVM exits. When the system properties {@value #KAFKA_PROPERTY} or
 * {@value #POSTGRES_PROPERTY} name existing servers, those are used instead and nothing is started.
 */
public final class EmbeddedInfrastructure {

    public static final String KAFKA_PROPERTY = "nicepick.test.kafka.bootstrap-servers";
    /** A JDBC URL prefix such as {@code jdbc:postgresql://db:5432/}; the database name is appended. */
    public static final String POSTGRES_PROPERTY = "nicepick.test.postgres.url";
    public static final String POSTGRES_USER_PROPERTY = "nicepick.test.postgres.username";
    public static final String POSTGRES_PASSWORD_PROPERTY = "nicepick.test.postgres.password";

    private final Optional<EmbeddedKafkaBroker> broker;
    private final Optional<EmbeddedPostgresServer> postgres;

    private EmbeddedInfrastructure() {
        Path work = workDir();
        CompletableFuture<Optional<EmbeddedKafkaBroker>> kafka = CompletableFuture.supplyAsync(() ->
                configured(KAFKA_PROPERTY).isPresent() ? Optional.empty() : Optional.of(startedBroker()));
        CompletableFuture<Optional<EmbeddedPostgresServer>> pg = CompletableFuture.supplyAsync(() ->
                configured(POSTGRES_PROPERTY).isPresent() ? Optional.empty() : Optional.of(startedPostgres(work)));
        this.broker = kafka.join();
        this.postgres = pg.join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.ifPresent(EmbeddedKafkaBroker::stop);
            postgres.ifPresent(EmbeddedPostgresServer::stop);
        }, "embedded-infrastructure-stop"));
    }

    /** Started once per JVM, on first call. */
    public static EmbeddedInfrastructure get() {
        return Holder.INSTANCE;
    }

    public String kafkaBootstrapServers() {
        return configured(KAFKA_PROPERTY).orElseGet(() -> broker.orElseThrow().bootstrapServers());
    }

    /** The JDBC URL of a database of this name, created if missing. */
    public String jdbcUrl(String database) {
        return configured(POSTGRES_PROPERTY).map(prefix -> prefix + database).orElseGet(() -> {
            EmbeddedPostgresServer server = postgres.orElseThrow();
            server.createDatabaseIfMissing(database);
            return server.jdbcUrl(database);
        });
    }

    public String postgresUsername() {
        return configured(POSTGRES_USER_PROPERTY).orElse(EmbeddedPostgresServer.USER);
    }

    public String postgresPassword() {
        return configured(POSTGRES_PASSWORD_PROPERTY).orElse("");
    }

    /** The embedded broker, for tests that take it away and bring it back; empty when an external one is used. */
    public Optional<EmbeddedKafkaBroker> broker() {
        return broker;
    }

    private static EmbeddedKafkaBroker startedBroker() {
        EmbeddedKafkaBroker b = EmbeddedKafkaBroker.onFreePorts();
        b.start();
        return b;
    }

    private static EmbeddedPostgresServer startedPostgres(Path work) {
        // Test data is thrown away with the JVM: no need to wait for the disk on every commit.
        PostgresBinaries binaries = PostgresBinaries.unpackedIn(Path.of(System.getProperty("java.io.tmpdir"),
                "nicepick-postgres", "pg-binaries"));
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, work.resolve("data"), FreePorts.next(),
                List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off"));
        server.start();
        return server;
    }

    private static Path workDir() {
        try {
            return EmbeddedPostgresServer.reachableDirectory(Files.createTempDirectory("nicepick-it"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> configured(String property) {
        return Optional.ofNullable(System.getProperty(property)).filter(v -> !v.isBlank());
    }

    private static final class Holder {
        private static final EmbeddedInfrastructure INSTANCE = new EmbeddedInfrastructure();
    }
}
