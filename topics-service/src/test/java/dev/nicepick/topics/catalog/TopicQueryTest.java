package dev.nicepick.topics.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers' search text as PostgreSQL's full-text query: word prefixes, all required, nothing else. */
class TopicQueryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postg                    | postg:*
            Kafka vs. RabbitMQ!      | kafka:* & vs:* & rabbitmq:*
            gRPC/HTTP2               | grpc:* & http2:*
            a:* & !b (c) <-> d;      | a:* & b:* & c:* & d:*
            Überblick                | überblick:*
            """)
    void eachWordBecomesARequiredPrefixAndOnlyLettersAndDigitsReachTheParser(String text, String expected) {
        assertThat(query(text)).isEqualTo(expected);
    }

    @Test
    void noWordsIsNoQuery() {
        assertThat(query(null)).isNull();
        assertThat(query("  !?&| ")).isNull();
    }

    @Test
    void atMostEightWordsAreSearched() {
        assertThat(query("a b c d e f g h i j")).isEqualTo("a:* & b:* & c:* & d:* & e:* & f:* & g:* & h:*");
    }

    private static String query(String text) {
        return new TopicQuery(text, null, null, null, 0, 20).tsQuery();
    }
}
