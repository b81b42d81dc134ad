package dev.nicepick.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code services.tsv} at the repository's root, the one list of the suite's services that
 * {@code bin/run} and {@link RunningServices} both start: the module (also the service's name, e.g.
 * {@code topics-service}), the variable naming its port in {@code bin/run} and that port's default, and the
 * PostgreSQL database it owns.
 */
public record ListedService(String module, String portVariable, int defaultPort, String database) {

    static final String FILE = "services.tsv";

    /**
     * Every service {@code services.tsv} in {@code repository} lists, in its order; lines starting with {@code #}
     * and blank lines are skipped. Throws {@link IllegalStateException} naming the line when one does not have its
     * four tab-separated columns or a port that is a number.
     */
    public static List<ListedService> readAll(Path repository) {
        Path file = repository.resolve(FILE);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service list " + file, e);
        }
        List<ListedService> services = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 4 || !columns[2].matches("[0-9]{1,5}")) {
                throw new IllegalStateException(file + " line " + (i + 1)
                        + ": expected module, port variable, default port and database, separated by tabs: " + line);
            }
            services.add(new ListedService(columns[0], columns[1], Integer.parseInt(columns[2]), columns[3]));
        }
        return List.copyOf(services);
    }
}
