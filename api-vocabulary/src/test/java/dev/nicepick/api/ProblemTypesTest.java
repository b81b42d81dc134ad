package dev.nicepick.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypesTest {

    @Test
    void aStatusNamesItsTypeByItsReasonPhrase() {
        assertThat(ProblemTypes.of(503)).hasToString("https://nicepick.dev/problems/service-unavailable");
        assertThat(ProblemTypes.of(431)).hasToString("https://nicepick.dev/problems/request-header-fields-too-large");
        assertThat(ProblemTypes.of(404)).hasToString("https://nicepick.dev/problems/not-found");
        assertThat(ProblemTypes.title(405)).isEqualTo("Method Not Allowed");
    }

    @Test
    void aStatusWithoutANameStillGetsAType() {
        assertThat(ProblemTypes.of(418)).hasToString("https://nicepick.dev/problems/http-418");
    }
}
