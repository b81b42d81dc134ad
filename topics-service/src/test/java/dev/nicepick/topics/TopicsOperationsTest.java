package dev.nicepick.topics;

import dev.nicepick.testsupport.OperationsContract;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsOperationsTest extends OperationsContract {

    TopicsOperationsTest() {
        super("/api/topics",
                List.of("/api/topics", "/api/topics/{slug}", "/api/topics/{slug}/related", "/api/topics/{slug}/publish",
                        "/api/technologies", "/api/technologies/{key}"),
                List.of("nicepick_outbox_sent_total", "application=\"topics-service\""));
    }

    /** A technology key in another case is a redirect, as the description tells clients (issue 14). */
    @Test
    void theDescriptionNamesTheRedirectOfATechnologyKeyInAnotherCase() {
        String moved = api().get("/v3/api-docs").send().json().at("/paths/~1api~1technologies~1{key}/get/responses/301/description").asString();

        assertThat(moved).contains("another case");
    }
}
