package dev.nicepick.verdicts;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One canonical URL per comparison's verdict: any case, any order of the options and a trailing slash answer a
 * permanent redirect to it, keeping the rest of the path and the query.
 */
class CanonicalSlugTest extends VerdictServiceTestBase {

    @Test
    void variantsOfAKnownTopicsSlugAreMovedPermanentlyToItsVerdict() {
        String rest = unique("rest");
        String grpc = unique("grpc");
        String slug = rest + "-vs-" + grpc;
        publishTopic(slug);
        awaitVerdict(slug, v -> true);

        assertMoved("/api/verdicts/" + grpc + "-vs-" + rest, "/api/verdicts/" + slug);
        assertMoved("/api/verdicts/" + slug.toUpperCase(), "/api/verdicts/" + slug);
        assertMoved("/api/verdicts/" + slug + "/", "/api/verdicts/" + slug);
        assertMoved("/api/verdicts/" + grpc.toUpperCase() + "-Vs-" + rest + "/history?page=1&x=a%20b",
                "/api/verdicts/" + slug + "/history?page=1&x=a%20b");
        assertMoved("/api/verdicts/" + slug + "/history/", "/api/verdicts/" + slug + "/history");
        assertThat(api().get("/api/verdicts/" + slug + "/history").send().status()).isEqualTo(200);
    }

    @Test
    void anyPermutationOfThreeOptionsIsMovedToTheCanonicalSlug() {
        String a = unique("sqlite");
        String b = unique("postgresql");
        String c = unique("mysql");
        String slug = a + "-vs-" + b + "-vs-" + c;
        publishTopic(slug);
        awaitVerdict(slug, v -> true);

        for (String variant : new String[]{b + "-vs-" + c + "-vs-" + a, c + "-vs-" + a + "-vs-" + b,
                a + "-vs-" + c + "-vs-" + b, c.toUpperCase() + "-VS-" + b + "-vs-" + a}) {
            assertMoved("/api/verdicts/" + variant, "/api/verdicts/" + slug);
        }
    }

    @Test
    void anUnknownComparisonIsANotFoundProblem() {
        Response response = api().get("/api/verdicts/" + unique("soap") + "-vs-rest").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(ProblemTypes.of(404).toString());
    }

    @Test
    void aWriteToAPathWithATrailingSlashIsRedirectedWithItsMethod() {
        Response response = api().post("/api/verdicts/recompute/?mode=local", null).send();

        assertThat(response.status()).isEqualTo(308);
        assertThat(response.header("Location")).isEqualTo("/api/verdicts/recompute?mode=local");
    }

    private void assertMoved(String variant, String canonical) {
        Response moved = api().get(variant).send();
        assertThat(moved.status()).as(variant).isEqualTo(301);
        assertThat(moved.header("Location")).as(variant).isEqualTo(canonical);
        assertThat(moved.header("Cache-Control")).isEqualTo("max-age=86400");
    }
}
