package dev.nicepick.topics.seed;

import dev.nicepick.topics.catalog.TopicCatalog;
import dev.nicepick.topics.catalog.TopicRequest;
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

/**
 * On first start with an empty database, creates and publishes the seed comparisons through the same
 * catalogue (and so the same validation and outbox) as an editor would. Replicas starting together
 * take turns on an advisory lock; only the first finds the database empty.
 */
@Component
class SeedTopics implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedTopics.class);
    private static final String SEED = "seed/topics.json";
    private static final long SEED_LOCK = 0x7365656474707373L;

    private final TopicCatalog catalog;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SeedTopics(TopicCatalog catalog, JsonMapper json, JdbcClient jdbc, TransactionTemplate transactions) {
        this.catalog = catalog;
        this.json = json;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", SEED_LOCK).query(Object.class).single();
            if (!catalog.isEmpty()) {
                return;
            }
            List<TopicRequest> topics = read();
            topics.forEach(topic -> {
                catalog.create(topic);
                catalog.publish(topic.slug());
            });
            log.info("Seeded {} topics", topics.size());
        });
    }

    private List<TopicRequest> read() {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SEED, e);
        }
    }
}
