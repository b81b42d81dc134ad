package dev.nicepick.verdicts;

import dev.nicepick.testsupport.OperationsContract;

import java.util.List;

class VerdictsOperationsTest extends OperationsContract {

    @Override
    protected String publicPath() {
        return "/api/verdicts/no-such-topic";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/verdicts/{slug}", "/api/verdicts/{slug}/history", "/api/verdicts/recompute");
    }

    /** Verdicts computed and published, and how far behind the consumers are. */
    @Override
    protected List<String> ownMetrics() {
        return List.of("nicepick_verdicts_computed_total", "nicepick_verdicts_revisions_total",
                "kafka_consumer_fetch_manager_records_lag_max", "application=\"verdict-service\"");
    }
}
