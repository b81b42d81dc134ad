package dev.nicepick.testsupport;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import dev.nicepick.testsupport.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises about input it refuses: control characters and broken UTF-8 anywhere in a
 * request are a 400 problem naming the part; its own 404, 405, 406 and 415 are problems of the suite's types;
 * no refusal, whatever the input, speaks of Java classes, packages or the JSON parser; and a header block of
 * 12 KB (the gateway's 8 KB limit plus what it adds, with room) is served.
 */
public abstract class RefusalContract extends ServiceIntegrationTest {

    private static final Pattern IMPLEMENTATION_WORDS =
            Pattern.compile("(?i)(java\\.|dev\\.nicepick|jackson|tools\\.|exception|\\bclass\\b)");

    private final String readPath;

    /** @param readPath a public GET of the service's API that answers JSON */
    protected RefusalContract(String readPath) {
        this.readPath = readPath;
    }

    /**
     * A request refused with 415 for its media type (authorised as needed, so the media type is what fails);
     * empty (the default) for a service none of whose endpoints reads a body.
     */
    protected Optional<Api.Request> wrongMediaType() {
        return Optional.empty();
    }

    /** The service's own matrix of bad bodies and parameters, by name; each must be refused with a 4xx problem. */
    protected abstract Map<String, Api.Request> badRequests();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            query NUL           | ?probe=a%00b   | probe | NoControlCharacters
            query DEL           | ?probe=a%7Fb   | probe | NoControlCharacters
            query line feed     | ?probe=a%0Ab   | probe | NoControlCharacters
            query overlong NUL  | ?probe=%C0%80  | probe | Utf8
            query lone FF       | ?probe=a%FFb   | probe | Utf8
            query bad escape    | ?probe=a%zzb   | probe | PercentEncoding
            """)
    void hostileTextInAQueryParameterIsRefusedNamingIt(String name, String query, String field, String rule) {
        assertRefused(new RawHttp(port).get(readPath + query, Map.of()), field, rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            path NUL            | /api/a%00b    | NoControlCharacters
            path DEL            | /api/a%7Fb    | NoControlCharacters
            path overlong NUL   | /api/a%C0%80b | Utf8
            path lone FF        | /api/a%FFb    | Utf8
            """)
    void hostileTextInThePathIsRefusedNamingIt(String name, String path, String rule) {
        assertRefused(new RawHttp(port).get(path, Map.of()), "path", rule);
    }

    @Test
    void hostileBytesInAHeaderValueAreRefusedNamingIt() {
        RawHttp raw = new RawHttp(port);
        // each char below is sent as one byte: C0 80 is an overlong NUL, FF is never UTF-8
        assertRefused(raw.get(readPath, Map.of("X-Probe", "a\u00c0\u0080b")), "X-Probe", "Utf8");
        assertRefused(raw.get(readPath, Map.of("X-Probe", "a\u00ffb")), "X-Probe", "Utf8");
        // the server itself refuses raw control bytes in a header before any filter; still a problem
        assertProblem(raw.get(readPath, Map.of("X-Probe", "a\u0001b")), 400);
    }

    @Test
    void aTwelveKilobyteHeaderBlockIsServed() {
        Api.Request request = api().get(readPath);
        for (int i = 0; i < 12; i++) {
            request.header("X-Padding-" + i, "p".repeat(1000));
        }

        Response response = request.send();

        assertThat(response.status()).as(response.body()).isNotIn(400, 431)
                .isEqualTo(api().get(readPath).send().status());
    }

    @Test
    void theServicesOwnRefusalsAreProblemsOfTheSuitesTypes() {
        Response unknown = api().get("/api/no-such-thing").header("Accept", "text/html").send();
        assertProblemType(unknown, 404);

        Response wrongMethod = api().delete(readPath).send();
        assertProblemType(wrongMethod, 405);
        assertThat(wrongMethod.header("Allow")).contains("GET");

        assertProblemType(api().get(readPath).header("Accept", "text/html").send(), 406);
        wrongMediaType().ifPresent(request -> assertProblemType(request.send(), 415));
    }

    @Test
    void noRefusalSpeaksOfTheImplementation() {
        Map<String, Api.Request> matrix = new LinkedHashMap<>(badRequests());
        matrix.put("unknown path", api().get("/api/no-such-thing"));
        matrix.put("wrong method", api().delete(readPath));
        matrix.put("not acceptable", api().get(readPath).header("Accept", "text/html"));
        wrongMediaType().ifPresent(request -> matrix.put("wrong media type", request));
        matrix.put("page not a number", api().get(readPath + "?page=abc&size=x&limit=y"));

        matrix.forEach((name, request) -> {
            Response response = request.send();
            assertThat(response.status()).as(name + ": " + response.body()).isBetween(400, 499);
            assertThat(response.header("Content-Type")).as(name).startsWith("application/problem+json");
            JsonNode problem = response.json();
            assertThat(problem.get("type").asString()).as(name).startsWith(ProblemTypes.BASE);
            assertThat(messages(problem)).as(name + ": " + response.body())
                    .noneMatch(message -> IMPLEMENTATION_WORDS.matcher(message).find());
        });
    }

    private static List<String> messages(JsonNode problem) {
        List<String> messages = new ArrayList<>(List.of(problem.path("title").asString(""),
                problem.path("detail").asString("")));
        problem.path("errors").valueStream().forEach(e -> messages.add(e.path("field").asString("") + " "
                + e.path("rule").asString("") + " " + e.path("message").asString("")));
        return messages;
    }

    private static void assertRefused(RawHttp.Reply reply, String field, String rule) {
        assertProblem(reply, 400);
        assertThat(reply.json().get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("rule").asString()))
                .as(reply.body()).contains(field + " " + rule);
    }

    private static void assertProblem(RawHttp.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asString()).isEqualTo(ProblemTypes.of(status).toString());
    }

    private static void assertProblemType(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(ProblemTypes.of(status).toString());
    }
}
