package dev.nicepick.topics;

import dev.nicepick.testsupport.OperationsContract;

import java.util.List;

class TopicsOperationsTest extends OperationsContract {

    @Override
    protected String publicPath() {
        return "/api/topics";
    }

    @Override
    protected List<String> documentedPaths() {
        return List.of("/api/topics", "/api/topics/{slug}", "/api/topics/{slug}/related", "/api/topics/{slug}/publish");
    }

    @Override
    protected List<String> ownMetrics() {
        return List.of("nicepick_outbox_sent_total", "application=\"topics-service\"");
    }
}
