package dev.nicepick.system;

import dev.nicepick.testsupport.http.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** What a reader whose vote cannot be taken is told, as the README promises it. */
final class Refusals {

    private Refusals() {
    }

    /**
     * An answer came (the request neither hung past the client's limit nor broke), and it is the honest refusal:
     * 503 {@code application/problem+json} with {@code Retry-After}, telling the reader that the vote was not
     * confirmed and that sending it again is safe.
     */
    static void assertRefusedHonestly(Api.Response answer) {
        assertThat(answer).as("an answer, not a hang or a broken connection").isNotNull();
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isNotBlank();
        assertThat(answer.json().path("detail").asText()).contains("not confirmed", "sending it again is safe");
    }
}
