package dev.nicepick.feedback;

import dev.nicepick.testsupport.OperationsContract;

import java.util.List;

class FeedbackOperationsTest extends OperationsContract {

    FeedbackOperationsTest() {
        super("/api/topics/no-such-topic/feedback/summary",
                List.of("/api/topics/{slug}/feedback", "/api/topics/{slug}/feedback/summary", "/api/feedback",
                        "/api/feedback/{id}", "/api/feedback/{id}/hide", "/api/feedback/{id}/restore",
                        "/api/topics/{slug}/feedback/mine", "/api/topics/{slug}/feedback/comments",
                        "/api/topics/{slug}/feedback/items", "/api/topics/{slug}/feedback/items/{option}/{list}/{index}",
                        "/api/suggestions"),
                List.of("nicepick_outbox_sent_total", "kafka_consumer_fetch_manager_records_lag_max",
                        "application=\"feedback-service\""));
    }
}
