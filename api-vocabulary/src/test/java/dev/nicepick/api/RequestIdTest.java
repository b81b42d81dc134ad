package dev.nicepick.api;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc-1234", "client.trace_0001", "0123456789012345678901234567890123456789012345678901234567890123"})
    void aWellFormedIdIsKept(String given) {
        assertThat(RequestId.keepOrMake(given)).isEqualTo(given);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short12", "<script>", "has space1", "line\nbreak1", "ümlaut-1234",
            "01234567890123456789012345678901234567890123456789012345678901234"})
    void anythingElseIsReplacedByANewUuid(String given) {
        String made = RequestId.keepOrMake(given);

        assertThat(made).isNotEqualTo(given).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matches(RequestId.PATTERN);
        assertThat(UUID.fromString(made)).satisfies(uuid -> {
            assertThat(uuid.version()).as("random UUID").isEqualTo(4);
            assertThat(uuid.variant()).as("RFC 9562 variant").isEqualTo(2);
        });
        assertThat(RequestId.keepOrMake(given)).isNotEqualTo(made);
    }
}
