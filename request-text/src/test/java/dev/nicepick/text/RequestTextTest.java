package dev.nicepick.text;

import dev.nicepick.text.RequestText.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTextTest {

    @ParameterizedTest(name = "{1} {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "distributed%20multiprocessing | QUERY  | ",
            "a+b                           | QUERY  | ",
            "caf%C3%A9                     | QUERY  | ",
            "a%00b                         | QUERY  | NoControlCharacters",
            "a%0Ab                         | PATH   | NoControlCharacters",
            "x%7F                          | QUERY  | NoControlCharacters",
            "%C0%80                        | QUERY  | Utf8",
            "%FF                           | PATH   | Utf8",
            "%E2%82                        | QUERY  | Utf8",
            "%G0                           | QUERY  | PercentEncoding",
            "abc%                          | PATH   | PercentEncoding",
            "100%                          | HEADER | ",
            "a\tb                          | HEADER | ",
            "a\u0001b                      | HEADER | NoControlCharacters"})
    void eachPartIsJudgedByItsRules(String raw, Part part, String rule) {
        assertThat(RequestText.check(raw.strip().replace("\\t", "\t"), part).map(RequestText.Violation::rule).orElse(null)).isEqualTo(rule);
    }

    @Test
    void freeTextMayHoldLineBreaksAndPairsButNoControlsOrLoneSurrogates() {
        assertThat(RequestText.checkFreeText("First line,\r\nsecond\tline")).isEmpty();
        assertThat(RequestText.checkFreeText("a pair: \ud83d\ude00")).isEmpty();
        assertThat(RequestText.checkFreeText("a\u0000b")).map(RequestText.Violation::rule).contains("NoControlCharacters");
        assertThat(RequestText.checkFreeText("a\ud800b")).map(RequestText.Violation::rule).contains("Unicode");
        assertThat(RequestText.checkFreeText("ends low \udc00")).map(RequestText.Violation::rule).contains("Unicode");
    }

    @ParameterizedTest
    @CsvSource({"a+b%26c, a b&c", "%E2%82%AC, \u20ac"})
    void aQueryPartDecodesToItsText(String raw, String text) {
        assertThat(RequestText.decode(raw, Part.QUERY)).isEqualTo(text);
    }
}
