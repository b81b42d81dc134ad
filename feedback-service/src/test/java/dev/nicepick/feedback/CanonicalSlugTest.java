package dev.nicepick.feedback;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One canonical URL per comparison's feedback: any case, any order of the options and a trailing slash answer a
 * permanent redirect to it, 308 for feedback so clients send it again with its body, the query kept.
 */
class CanonicalSlugTest extends FeedbackTestBase {

    @Test
    void feedbackPostedToAVariantIsRedirectedWithItsBodyAndCountsOnceResent() {
        String rest = unique("rest");
        String grpc = unique("grpc");
        TopicState topic = publishedTopic(rest + "-vs-" + grpc);
        String canonical = "/api/topics/" + topic.slug() + "/feedback";
        Map<String, Object> body = body("disagree", "grpc");

        Response swapped = give(grpc + "-vs-" + rest, "reader-slug-01", body).header("Idempotency-Key", "slug-key-0001").send();
        Response upper = give(topic.slug().toUpperCase(), "reader-slug-01", body).send();
        Response slash = asReader(api().post(canonical + "/?source=page", body), "reader-slug-01").send();

        assertThat(swapped.status()).isEqualTo(308);
        assertThat(swapped.header("Location")).isEqualTo(canonical);
        assertThat(upper.status()).isEqualTo(308);
        assertThat(upper.header("Location")).isEqualTo(canonical);
        assertThat(slash.status()).isEqualTo(308);
        assertThat(slash.header("Location")).isEqualTo(canonical + "?source=page");
        assertThat(summary(topic.slug()).get("total").asLong()).as("nothing stored by a redirect").isZero();

        Response resent = asReader(api().post(swapped.header("Location"), body), "reader-slug-01")
                .header("Idempotency-Key", "slug-key-0001").send();
        assertThat(resent.status()).isEqualTo(202);
        assertThat(summary(topic.slug()).get("votes").get("grpc").asLong()).isEqualTo(1);
    }

    @Test
    void theSummaryOfAVariantIsMovedPermanentlyWithItsQuery() {
        String a = unique("sqlite");
        String b = unique("postgresql");
        String c = unique("mysql");
        TopicState topic = publishedTopic(a + "-vs-" + b + "-vs-" + c);
        String canonical = summaryPath(topic.slug());

        for (String variant : new String[]{b + "-vs-" + c + "-vs-" + a, c + "-vs-" + a + "-vs-" + b,
                a + "-vs-" + c + "-vs-" + b, b.toUpperCase() + "-VS-" + a + "-vs-" + c}) {
            assertMoved(summaryPath(variant) + "?comments=5&x=a%20b", canonical + "?comments=5&x=a%20b");
        }
        assertMoved(canonical + "/", canonical);
        Response summary = api().get(canonical).send();
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("topic").asString()).isEqualTo(topic.slug());
    }

    @Test
    void anUnknownComparisonIsANotFoundProblemAndStoresNothing() {
        String unknown = unique("soap") + "-vs-rest";

        Response get = api().get(summaryPath(unknown)).send();
        Response post = give(unknown, "reader-slug-02", body("agree", "rest")).send();

        for (Response response : new Response[]{get, post}) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo(ProblemTypes.of(404).toString());
        }
    }

    private void assertMoved(String variant, String canonical) {
        Response moved = api().get(variant).send();
        assertThat(moved.status()).as(variant).isEqualTo(301);
        assertThat(moved.header("Location")).as(variant).isEqualTo(canonical);
        assertThat(moved.header("Cache-Control")).isEqualTo("max-age=86400");
    }
}
