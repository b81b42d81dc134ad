package dev.nicepick.testsupport.postgres;

import com.sun.security.auth.module.UnixSystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server as a child process: its data folder made once, started, stopped, and databases
 * created in it. PostgreSQL refuses to run as root; when this JVM is root, the server runs as the unprivileged
 * {@code nobody} user (through util-linux {@code setpriv}), so CI machines that build as root work too.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    private static final int NOBODY = 65534;

    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final int port;
    private final List<String> settings;
    private Process process;

    /**
     * @param binaries the server's programs
     * @param dataDir  the server's data folder, initialised on first start and kept
     * @param port     the loopback port to listen on
     * @param settings extra {@code -c name=value} server settings, e.g. {@code fsync=off} for throw-away test data
     */
    public EmbeddedPostgresServer(PostgresBinaries binaries, Path dataDir, int port, List<String> settings) {
        this.binaries = binaries;
        this.dataDir = dataDir;
        this.port = port;
        this.settings = List.copyOf(settings);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public synchronized void start() {
        if (process != null) {
            return;
        }
        try {
            initDataDirOnce();
            Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            List<String> command = new ArrayList<>(List.of(bin("postgres"), "-D", dataDir.toString(), "-p",
                    String.valueOf(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                    "-c", "max_connections=300"));
            settings.forEach(s -> command.addAll(List.of("-c", s)));
            process = new ProcessBuilder(asServerUser(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            awaitAcceptingConnections(log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start PostgreSQL", e);
        }
    }

    /** Fast shutdown: open sessions are ended, committed data is kept. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        try {
            run(List.of(bin("pg_ctl"), "stop", "-D", dataDir.toString(), "-m", "fast", "-w"));
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            process = null;
        }
    }

    /** A directory the server can reach even when it runs as another user than this JVM (see the class comment). */
    public static Path reachableDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + dir, e);
        }
    }

    public void createDatabaseIfMissing(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
            var exists = c.prepareStatement("select 1 from pg_database where datname = ?");
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                c.createStatement().execute("create database " + name);
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another JVM
                throw new IllegalStateException("Cannot create database " + name, e);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void awaitAcceptingConnections(Path log) throws IOException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited at start; see " + log + ":\n" + tail(log));
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), USER, "")) {
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(100); // polling a child process's port, not waiting on test work
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while PostgreSQL started", ie);
                }
            }
        }
        throw new IllegalStateException("PostgreSQL did not accept connections within 60 s; see " + log, last);
    }

    private void initDataDirOnce() throws IOException {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        Files.createDirectories(dataDir);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        if (isRoot()) {
            chownToNobody(dataDir);
        }
        run(List.of(bin("initdb"), "-A", "trust", "-U", USER, "-D", dataDir.toString(), "-E", "UTF-8",
                "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--locale=C.UTF-8"));
    }

    private String bin(String name) {
        return binaries.program(name);
    }

    private List<String> asServerUser(List<String> command) {
        if (!isRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(asServerUser(command)).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        try {
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }

    private static void chownToNobody(Path dir) throws IOException {
        Process p = new ProcessBuilder("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()).inheritIO().start();
        try {
            if (p.waitFor() != 0) {
                throw new IOException("chown of " + dir + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        }
    }

    private static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
