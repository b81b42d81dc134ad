package dev.nicepick.verdicts;

import dev.nicepick.testsupport.OperationsContract;

import java.util.List;

/** Its own metrics: verdicts computed and published, and how far behind the consumers are. */
class VerdictsOperationsTest extends OperationsContract {

    VerdictsOperationsTest() {
        super("/api/verdicts/no-such-topic",
                List.of("/api/verdicts/{slug}", "/api/verdicts/{slug}/history", "/api/verdicts/recompute",
                        "/api/verdicts/feed", "/api/verdicts/{slug}/feed",
                        "/api/lab/experiments"),
                List.of("nicepick_verdicts_computed_total", "nicepick_verdicts_revisions_total",
                        "kafka_consumer_fetch_manager_records_lag_max", "application=\"verdict-service\""));
    }
}
