package dev.nicepick.feedback.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** An e-mail address in a log line shows its first letter and its domain, never the whole address. */
class EmailsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "NULL", textBlock = """
            reader@example.com,  r*****@example.com
            a@b.org,             a*****@b.org
            @example.com,        ***
            no-at-sign,          ***
            '',                  none
            '   ',               none
            NULL,                none
            """)
    void anAddressIsMaskedForLogs(String email, String logged) {
        assertThat(Emails.mask(email)).isEqualTo(logged);
    }
}
