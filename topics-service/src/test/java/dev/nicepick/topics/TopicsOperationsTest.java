package dev.nicepick.topics;

import dev.nicepick.testsupport.OperationsContract;

import java.util.List;

class TopicsOperationsTest extends OperationsContract {

    TopicsOperationsTest() {
        super("/api/topics",
                List.of("/api/topics", "/api/topics/{slug}", "/api/topics/{slug}/related", "/api/topics/{slug}/publish",
                        "/api/technologies", "/api/technologies/{key}"),
                List.of("nicepick_outbox_sent_total", "application=\"topics-service\""));
    }
}
