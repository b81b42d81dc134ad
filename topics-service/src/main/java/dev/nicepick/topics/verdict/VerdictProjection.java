package dev.nicepick.topics.verdict;

import dev.nicepick.events.Streams;
import dev.nicepick.events.verdicts.VerdictIssued;
import dev.nicepick.lag.LagRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;

/**
 * Keeps the latest verdict of each topic from {@code verdicts.v1}, so topic pages are whole while
 * verdict-service is down. Only a higher revision replaces what is stored: a repeated or late event
 * changes nothing. An event without an outcome (issued before outcomes existed) means {@code winner}.
 * <p>
 * A revision a feedback change made ({@code feedbackAcceptedAt}) records the {@code vote-to-page} lag when it is
 * applied, in the same transaction as the write: from that instant on, pages show it. The instant is this JVM's clock
 * read right after the write, just before the commit (as {@code acceptedAt} and {@code computedAt} are the clocks of
 * the JVMs that stored them), so the sample leaves out only the commit itself.
 */
@Component
class VerdictProjection {

    static final String GROUP = "topics-service.verdict-projection";
    private static final Logger log = LoggerFactory.getLogger(VerdictProjection.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final LagRecorder lag;
    private final Clock clock = Clock.systemUTC();

    VerdictProjection(JdbcClient jdbc, JsonMapper json, LagRecorder lag) {
        this.jdbc = jdbc;
        this.json = json;
        this.lag = lag;
    }

    @KafkaListener(id = "verdict-projection", groupId = VerdictProjection.GROUP, topics = Streams.VERDICTS)
    @Transactional
    public void on(VerdictIssued verdict) {
        int changed = jdbc.sql("""
                        insert into topic_verdict (topic_id, revision, winner, outcome, headline, probability, split,
                                                   computed_at)
                        values (:topicId, :revision, :winner, :outcome, :headline, :probability, cast(:split as jsonb),
                                :computedAt)
                        on conflict (topic_id) do update
                            set revision = excluded.revision, winner = excluded.winner, outcome = excluded.outcome,
                                headline = excluded.headline, probability = excluded.probability, split = excluded.split,
                                computed_at = excluded.computed_at
                            where topic_verdict.revision < excluded.revision""")
                .param("topicId", verdict.topicId())
                .param("revision", verdict.revision())
                .param("winner", verdict.winner())
                .param("outcome", Objects.requireNonNullElse(verdict.outcome(), LatestVerdict.WINNER))
                .param("headline", verdict.headline())
                .param("probability", verdict.probability())
                .param("split", json.writeValueAsString(verdict.split()))
                .param("computedAt", Timestamp.from(verdict.computedAt()))
                .update();
        if (changed == 1 && verdict.feedbackAcceptedAt() != null) {
            lag.record(verdict.feedbackAcceptedAt(), clock.instant());
        }
        log.info("Verdict revision {} of topic {} {}", verdict.revision(), verdict.topicId(),
                changed == 1 ? "applied" : "ignored: not newer than the one kept");
    }
}
