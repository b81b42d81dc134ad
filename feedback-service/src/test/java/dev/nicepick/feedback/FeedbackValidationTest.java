package dev.nicepick.feedback;

import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each rule of intake: every rejection is a problem naming the field, and nothing is stored or counted. */
class FeedbackValidationTest extends FeedbackTestBase {

    private TopicState topic;

    @BeforeEach
    void topic() {
        topic = publishedTopic();
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("preferredOption", "NotBlank", b -> {
                    b.remove("stance");
                    b.remove("preferredOption");
                }),
                broken("stance", "Pattern", b -> b.put("stance", "meh")),
                broken("preferredOption", "NotBlank", b -> b.put("preferredOption", " ")),
                broken("comment", "Size", b -> b.put("comment", "x".repeat(2001))),
                broken("comment", "MaxLinks", b -> b.put("comment", "see http://a.example https://b.example www.c.example")),
                broken("comment", "NoControlCharacters", b -> b.put("comment", "bell \u0007 here")),
                broken("comment", "NoControlCharacters", b -> b.put("comment", "nul \u0000 here")),
                broken("preferredOption", "NoControlCharacters", b -> b.put("preferredOption", "grpc\u007f")),
                broken("email", "Email", b -> b.put("email", "not-an-address")),
                broken("email", "Size", b -> b.put("email", "a".repeat(250) + "@example.com")),
                broken("website", "Honeypot", b -> b.put("website", "http://spam.example")),
                broken("mood", "UnknownField", b -> b.put("mood", "angry")),
                broken("stance", "Type", b -> b.put("stance", 42)),
                broken("comment", "Type", b -> b.put("comment", Map.of("text", "nested"))));
    }

    private static Arguments broken(String field, String rule, Consumer<Map<String, Object>> breakIt) {
        return arguments(field, rule, breakIt);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @MethodSource("brokenRules")
    void aBrokenRuleIsABadRequestNamingTheField(String field, String rule, Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> body = body("disagree", "grpc");
        breakIt.accept(body);

        Response response = give(topic.slug(), "reader-valid-1", body).send();

        assertProblem(response, 400, field, rule);
    }

    @Test
    void aReaderKeyIsRequiredAndWellFormed() {
        assertProblem(api().post("/api/topics/" + topic.slug() + "/feedback", body("agree", "rest")).send(), 400, "X-Reader-Key", "ReaderKey");
        assertProblem(give(topic.slug(), "short", body("agree", "rest")).send(), 400, "X-Reader-Key", "ReaderKey");
        assertProblem(give(topic.slug(), "reader-valid-2", body("agree", "rest")).header("Idempotency-Key", "no spaces allowed").send(),
                400, "Idempotency-Key", "Pattern");
    }

    @Test
    void anotherMediaTypeOrAnOversizedBodyIsRefused() {
        Response wrongType = give(topic.slug(), "reader-valid-3", body("agree", "rest")).contentType("text/plain").send();
        assertThat(wrongType.status()).isEqualTo(415);
        Map<String, Object> huge = body("agree", "rest");
        huge.put("comment", "x".repeat(70_000));
        assertThat(give(topic.slug(), "reader-valid-3", huge).send().status()).isEqualTo(413);
        assertThat(summary(topic.slug()).get("total").asLong()).isZero();
    }

    @Test
    void aReaderGivingTooOftenIsLimited() {
        TopicState[] topics = {topic, publishedTopic(), publishedTopic(), publishedTopic(), publishedTopic(), publishedTopic()};
        for (int i = 0; i < 5; i++) {
            assertThat(give(topics[i].slug(), "reader-eager-1", body("agree", "rest")).send().status()).isEqualTo(202);
        }

        Response sixth = give(topics[5].slug(), "reader-eager-1", body("agree", "rest")).send();

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).isEqualTo("60");
        assertThat(sixth.header("Content-Type")).startsWith("application/problem+json");
        assertThat(summary(topics[5].slug()).get("total").asLong()).isZero();
    }

    @Test
    void oneNetworkAddressGivingTooOftenIsLimited() {
        for (int i = 0; i < 60; i++) {
            Response accepted = fromOneAddress("reader-crowd-" + (1000 + i)).send();
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        }

        assertThat(fromOneAddress("reader-crowd-2000").send().status()).isEqualTo(429);
        assertThat(summary(topic.slug()).get("total").asLong()).isEqualTo(60);
    }

    private Api.Request fromOneAddress(String reader) {
        return asReader(api().post("/api/topics/" + topic.slug() + "/feedback", body("agree", "rest")), reader)
                .header("X-Forwarded-For", "203.0.113.77");
    }

    private void assertProblem(Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("rule").asString()))
                .contains(field + " " + rule);
        assertThat(summary(topic.slug()).get("total").asLong()).as("nothing counted").isZero();
    }
}
