package dev.nicepick.topics;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static dev.nicepick.topics.TopicFixtures.topic;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One canonical URL per comparison: any case, any order of its options and a trailing slash answer a
 * permanent redirect to it (301 for reads, 308 for writes), keeping the rest of the path and the query.
 */
class CanonicalSlugTest extends ServiceIntegrationTest {

    private String editor() {
        return tokens().mint("editor-1", "editor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/topics/grpc-vs-rest,                           /api/topics/rest-vs-grpc",
            "/api/topics/REST-VS-GRPC,                           /api/topics/rest-vs-grpc",
            "/api/topics/rest-vs-grpc/,                          /api/topics/rest-vs-grpc",
            "/api/topics/mysql-vs-sqlite-vs-postgresql,          /api/topics/sqlite-vs-postgresql-vs-mysql",
            "/api/topics/PostgreSQL-vs-MySQL-vs-SQLite,          /api/topics/sqlite-vs-postgresql-vs-mysql",
            "/api/topics/Grpc-Vs-Rest/related?limit=2&x=a%20b,   /api/topics/rest-vs-grpc/related?limit=2&x=a%20b",
            "/api/topics/rest-vs-grpc/related/?limit=2,          /api/topics/rest-vs-grpc/related?limit=2",
            "/api/topics/?q=grpc,                                /api/topics?q=grpc"})
    void variantsOfAComparisonAreMovedPermanentlyToItsCanonicalUrl(String variant, String canonical) {
        Response moved = api().get(variant).send();

        assertThat(moved.status()).isEqualTo(301);
        assertThat(moved.header("Location")).isEqualTo(canonical);
        assertThat(moved.header("Cache-Control")).isEqualTo("max-age=86400");
        assertThat(api().get(canonical).send().status()).isEqualTo(200);
    }

    @Test
    void theCanonicalUrlIsServedAsBefore() {
        Response response = api().get("/api/topics/rest-vs-grpc").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("slug").asString()).isEqualTo("rest-vs-grpc");
    }

    @Test
    void anUnknownComparisonInAnyOrderIsANotFoundProblem() {
        Response response = api().get("/api/topics/soap-vs-rest").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(ProblemTypes.of(404).toString());
        assertThat(api().get("/api/topics/grpc-vs-rest-vs-soap").send().status()).isEqualTo(404);
    }

    @Test
    void aVariantOfADraftRevealsNothingToReadersAndRedirectsEditors() {
        String first = unique("alpha");
        String second = unique("beta");
        String slug = first + "-vs-" + second;
        api().post("/api/topics", topic(slug)).bearer(editor()).send();
        String variant = second.toUpperCase() + "-vs-" + first;

        for (String path : new String[]{"/api/topics/" + variant, "/api/topics/" + variant + "/related"}) {
            Response anonymous = api().get(path).send();
            assertThat(anonymous.status()).as(path).isEqualTo(404);
            assertThat(anonymous.header("Location")).isNull();
            assertThat(anonymous.body()).doesNotContain(slug);
        }
        Response editor = api().get("/api/topics/" + variant).bearer(editor()).send();
        assertThat(editor.status()).isEqualTo(301);
        assertThat(editor.header("Location")).isEqualTo("/api/topics/" + slug);
    }

    @Test
    void editorsWritesToAVariantAreRedirectedWithTheirMethodAndChangeNothing() {
        String first = unique("gamma");
        String second = unique("delta");
        String slug = first + "-vs-" + second;
        String variant = second + "-vs-" + first;
        String etag = api().post("/api/topics", topic(slug)).bearer(editor()).send().header("ETag");
        Map<String, Object> edited = topic(slug);
        edited.put("title", "Edited");

        Response revise = api().put("/api/topics/" + variant, edited).bearer(editor()).header("If-Match", etag).send();
        Response publish = api().post("/api/topics/" + variant + "/publish?notify=no", null).bearer(editor()).send();
        Response archive = api().post("/api/topics/" + variant.toUpperCase() + "/archive", null).bearer(editor()).send();

        assertThat(revise.status()).isEqualTo(308);
        assertThat(revise.header("Location")).isEqualTo("/api/topics/" + slug);
        assertThat(publish.status()).isEqualTo(308);
        assertThat(publish.header("Location")).isEqualTo("/api/topics/" + slug + "/publish?notify=no");
        assertThat(archive.status()).isEqualTo(308);
        assertThat(archive.header("Location")).isEqualTo("/api/topics/" + slug + "/archive");
        Response current = api().get("/api/topics/" + slug).bearer(editor()).send();
        assertThat(current.json().get("version").asLong()).isEqualTo(1);
        assertThat(current.json().get("status").asString()).isEqualTo("draft");

        Response resent = api().put(revise.header("Location"), edited).bearer(editor()).header("If-Match", etag).send();
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.json().get("title").asString()).isEqualTo("Edited");
    }

    @Test
    void anotherOrderOfAnExistingComparisonsOptionsIsAConflict() {
        Response response = api().post("/api/topics", topic("grpc-vs-rest")).bearer(editor()).send();

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().get("/api/topics/grpc-vs-rest").send().header("Location")).isEqualTo("/api/topics/rest-vs-grpc");
    }
}
