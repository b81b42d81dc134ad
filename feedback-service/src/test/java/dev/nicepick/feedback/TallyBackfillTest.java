package dev.nicepick.feedback;

import dev.nicepick.testsupport.EmbeddedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration that brings in the kept tally (V5) fills it from the feedback already stored, as a recount would. */
class TallyBackfillTest {

    private static final String BEFORE_TALLY = "4";

    @Test
    void theKeptTallyOfExistingFeedbackEqualsARecount() {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        var dataSource = new DriverManagerDataSource(infrastructure.jdbcUrl("feedback_backfill_" + UUID.randomUUID().toString().substring(0, 8)),
                infrastructure.postgresUsername(), infrastructure.postgresPassword());
        Flyway.configure().dataSource(dataSource).target(BEFORE_TALLY).load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        UUID first = topic(jdbc, "backfill-a-vs-b");
        UUID second = topic(jdbc, "backfill-c-vs-d");
        UUID untouched = topic(jdbc, "backfill-e-vs-f");
        // what counts: each reader's latest while visible; hidden, withdrawn and superseded feedback does not
        feedback(jdbc, first, "r1", "a", "visible", false);
        feedback(jdbc, first, "r2", "a", "visible", false);
        feedback(jdbc, first, "r3", "b", "visible", false);
        feedback(jdbc, first, "r4", "b", "hidden", false);
        feedback(jdbc, first, "r5", "a", "withdrawn", false);
        feedback(jdbc, first, "r3", "a", "visible", true);
        feedback(jdbc, first, "r6", "b", "hidden", true);
        feedback(jdbc, second, "r1", "d", "visible", false);
        feedback(jdbc, second, "r2", "c", "withdrawn", false);

        Flyway.configure().dataSource(dataSource).load().migrate();

        assertThat(kept(jdbc)).isEqualTo(recount(jdbc))
                .isEqualTo(Map.of(first, Map.of("a", 2L, "b", 1L), second, Map.of("d", 1L)))
                .doesNotContainKey(untouched);
    }

    private static UUID topic(JdbcClient jdbc, String slug) {
        UUID id = UUID.randomUUID();
        String[] options = slug.substring("backfill-".length()).split("-vs-");
        jdbc.sql("insert into topic (topic_id, slug, slug_key, version, status, options) values (:id, :slug, :slug, 1, 'published', :options)")
                .param("id", id).param("slug", slug).param("options", options).update();
        return id;
    }

    private static void feedback(JdbcClient jdbc, UUID topic, String reader, String option, String status, boolean superseded) {
        jdbc.sql("""
                        insert into feedback (id, topic_id, reader, client_address, stance, preferred_option, status, superseded,
                                              withdraw_token_hash, created_at, updated_at)
                        values (:id, :topic, :reader, '192.0.2.1', 'disagree', :option, :status, :superseded, 'x', now(), now())""")
                .param("id", UUID.randomUUID()).param("topic", topic).param("reader", reader).param("option", option)
                .param("status", status).param("superseded", superseded).update();
    }

    private static Map<UUID, Map<String, Long>> kept(JdbcClient jdbc) {
        return byTopic(jdbc.sql("select topic_id, option, votes from topic_tally").query(Row.class).list());
    }

    private static Map<UUID, Map<String, Long>> recount(JdbcClient jdbc) {
        return byTopic(jdbc.sql("""
                        select topic_id, preferred_option as option, count(*) as votes from feedback
                        where status = 'visible' and not superseded group by topic_id, preferred_option""")
                .query(Row.class).list());
    }

    private static Map<UUID, Map<String, Long>> byTopic(List<Row> rows) {
        return rows.stream().collect(Collectors.groupingBy(Row::topicId, Collectors.toMap(Row::option, Row::votes)));
    }

    record Row(UUID topicId, String option, long votes) {
    }
}
