package dev.nicepick.topics.technology;

import dev.nicepick.topics.catalog.OptionKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * On every start, makes the curated technologies ({@value #SEED}) what the table holds, so a corrected name reaches
 * a running database; rows that already match are left alone. Keys the file does not name keep their derived names.
 */
@Component
class SeedTechnologies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedTechnologies.class);
    private static final String SEED = "seed/technologies.json";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    SeedTechnologies(JdbcClient jdbc, JsonMapper json, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * A curated technology as {@value #SEED} lists it.
     *
     * @param related keys of technologies it goes with; optional
     */
    record Entry(String key, String name, OptionKind kind, List<String> related) {
        Entry {
            related = Objects.requireNonNullElse(related, List.of());
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Entry> entries = read();
        // replicas starting together write the same rows in the same order, so they queue rather than deadlock
        int changed = transactions.execute(status -> entries.stream().mapToInt(entry -> jdbc.sql("""
                        insert into technology (key, name, kind, related) values (:key, :name, :kind, :related)
                        on conflict (key) do update set name = excluded.name, kind = excluded.kind, related = excluded.related
                        where (technology.name, technology.kind, technology.related)
                              is distinct from (excluded.name, excluded.kind, excluded.related)""")
                .param("key", entry.key())
                .param("name", entry.name())
                .param("kind", entry.kind() == null ? null : entry.kind().value())
                .param("related", entry.related().toArray(String[]::new))
                .update()).sum());
        log.info("Technologies: {} curated, {} written", entries.size(), changed);
    }

    private List<Entry> read() {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SEED, e);
        }
    }
}
