package dev.nicepick.feedback;

import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers suggest "A vs B"; a pair counts once per reader whatever its case and order; moderators see the most wanted. */
class SuggestionsTest extends FeedbackTestBase {

    @Test
    void aPairCountsOncePerReaderWhateverItsCaseAndOrderAndModeratorsSeeTheMostWantedFirst() {
        String a = unique("Alpha");
        String b = unique("Beta");
        String c = unique("Gamma");

        Response first = suggest("reader-sugg-1", a, b, "We are choosing this month.");
        Response repeat = suggest("reader-sugg-1", "  " + b.toUpperCase() + " ", a.toLowerCase(), null);
        Response other = suggest("reader-sugg-2", b, a, null);
        suggest("reader-sugg-3", a, c, null);

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("status").asString()).isEqualTo("received");
        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("status").asString()).isEqualTo("unchanged");
        assertThat(repeat.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        assertThat(other.status()).isEqualTo(202);

        JsonNode pairs = api().get("/api/suggestions?size=200").bearer(tokens().mint("moderator-1", "moderator")).send().json().get("items");
        JsonNode ab = find(pairs, a, b);
        assertThat(ab.get("readers").asLong()).isEqualTo(2);
        assertThat(ab.get("first").asString()).isEqualTo(a);
        assertThat(ab.get("reasons").get(0).asString()).isEqualTo("We are choosing this month.");
        assertThat(find(pairs, a, c).get("readers").asLong()).isEqualTo(1);
        assertThat(indexOf(pairs, ab)).isLessThan(indexOf(pairs, find(pairs, a, c)));
        assertThat(api().get("/api/suggestions").bearer(tokens().mint("editor-1", "editor")).send().status()).isEqualTo(403);
        assertThat(api().get("/api/suggestions").send().status()).isEqualTo(401);
    }

    @Test
    void namesMustBeOneToAHundredCharactersOnOneLineAndDiffer() {
        String name = unique("Delta");
        Map<String, String> broken = Map.of(
                "first", "   ",
                "second", "x".repeat(101));
        broken.forEach((field, value) -> {
            Map<String, Object> body = new HashMap<>(Map.of("first", name, "second", unique("Epsilon")));
            body.put(field, value);
            assertProblem(asReader(api().post("/api/suggestions", body), "reader-sugg-4").send(), field);
        });
        assertProblem(suggest("reader-sugg-4", name, "Two\nlines", null), "second");
        assertProblem(suggest("reader-sugg-4", name, " " + name.toUpperCase(), null), "second");
        assertThat(suggest("reader-sugg-4", " " + name + " ", "x".repeat(100), null).status()).as("trimmed to fit").isEqualTo(202);
        assertThat(api().post("/api/suggestions", Map.of("first", name, "second", "Zeta")).send().status()).as("no reader").isEqualTo(400);
    }

    @Test
    void namesWithInvisibleOrLineBreakingCharactersAreRefusedAndChangeNothing() {
        String name = unique("Omicron");
        for (String invisible : List.of("Rust\u0085", "\u2028", "\u200b", name + "\u200b", "Ru\u2029st", "\u0301", "Go\u00ad")) {
            assertProblem(suggest("reader-sugg-6", name, invisible, null), "second");
            assertProblem(suggest("reader-sugg-6", invisible, name, null), "first");
        }
        JsonNode pairs = api().get("/api/suggestions?size=200").bearer(tokens().mint("moderator-1", "moderator")).send().json().get("items");
        assertThat(pairs.findValuesAsString("first")).doesNotContain(name);
        assertThat(pairs.findValuesAsString("second")).doesNotContain(name);
    }

    @Test
    void namesAreNormalisedBeforeTheyAreStoredAndComparedSoLookAlikesAreOnePair() {
        String a = unique("Pi");
        String b = unique("Rho");

        Response first = suggest("reader-sugg-7", "  Sigma \u00a0\u2003 " + a, b, null);
        Response fullWidth = suggest("reader-sugg-7", "Sigma " + a, fullWidth(b), null);

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(fullWidth.status()).as(fullWidth.body()).isEqualTo(200);
        assertThat(fullWidth.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
        JsonNode pairs = api().get("/api/suggestions?size=200").bearer(tokens().mint("moderator-1", "moderator")).send().json().get("items");
        assertThat(find(pairs, "Sigma " + a, b).get("first").asString()).isEqualTo("Sigma " + a);
    }

    private static String fullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append(c > ' ' && c < 0x7f ? (char) (c + 0xFEE0) : (char) c));
        return wide.toString();
    }

    @Test
    void aReaderSuggestingTooOftenIsLimitedButRepeatsAreNotCounted() {
        for (int i = 0; i < 5; i++) {
            assertThat(suggest("reader-sugg-5", unique("Eta"), unique("Theta"), null).status()).isEqualTo(202);
        }
        String a = unique("Iota");
        String b = unique("Kappa");

        Response sixth = suggest("reader-sugg-5", a, b, null);

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.header("Retry-After")).isEqualTo("60");
        JsonNode pairs = api().get("/api/suggestions?size=200").bearer(tokens().mint("moderator-1", "moderator")).send().json().get("items");
        assertThat(pairs.findValuesAsString("first")).doesNotContain(a);
    }

    private Response suggest(String reader, String first, String second, String reason) {
        Map<String, Object> body = new HashMap<>(Map.of("first", first, "second", second));
        if (reason != null) {
            body.put("reason", reason);
        }
        Api.Request request = asReader(api().post("/api/suggestions", body), reader);
        return request.send();
    }

    private static void assertProblem(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo(field);
    }

    private static JsonNode find(JsonNode pairs, String x, String y) {
        for (JsonNode pair : pairs) {
            String one = pair.get("first").asString().toLowerCase();
            String two = pair.get("second").asString().toLowerCase();
            if (one.equals(x.toLowerCase()) && two.equals(y.toLowerCase()) || one.equals(y.toLowerCase()) && two.equals(x.toLowerCase())) {
                return pair;
            }
        }
        throw new AssertionError("no pair " + x + " vs " + y + " in " + pairs);
    }

    private static int indexOf(JsonNode pairs, JsonNode pair) {
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).equals(pair)) {
                return i;
            }
        }
        return -1;
    }
}
