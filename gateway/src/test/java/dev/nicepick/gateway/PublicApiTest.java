package dev.nicepick.gateway;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The public API as plain HTTP clients meet it, through the gateway in front of the real services: each test is
 * one kind of failure real clients found (HEAD, CORS preflight, double encoding, a second reading of a path,
 * hostile bytes, error bodies, header limits, caching, cookie-less clients, slugs, exposure), with its variants.
 */
class PublicApiTest extends GatewayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    private RawHttp raw() {
        return new RawHttp(port);
    }

    private static JsonNode json(RawHttp.Reply answer) {
        return JSON.readTree(answer.body());
    }

    private static void assertProblem(RawHttp.Reply answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(answer).path("type").asText()).isEqualTo(ProblemTypes.of(status).toString());
        assertThat(json(answer).path("status").asInt()).isEqualTo(status);
    }

    // 1. Methods

    @ParameterizedTest
    @ValueSource(strings = {"/api/topics/rest-vs-grpc", "/", "/api/verdicts/rest-vs-grpc", "/compare/rest-vs-grpc",
            "/api/topics?q=rest", "/api/topics/rest-vs-grpc/feedback/summary", "/actuator/health"})
    void headAnswersAsGetWithoutABody(String path) {
        RawHttp.Reply get = raw().send("GET", path, null);
        RawHttp.Reply head = raw().send("HEAD", path, null);
        assertThat(get.status()).isEqualTo(200);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredBeforeAuthentication() {
        RawHttp.Reply preflight = raw().send("OPTIONS", "/api/topics/rest-vs-grpc/feedback", null,
                "Origin: http://localhost:8080", "Access-Control-Request-Method: POST",
                "Access-Control-Request-Headers: content-type, idempotency-key");
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("idempotency-key");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isEqualTo("true");

        // an editor's write from an allowed origin: the preflight needs no token either
        assertThat(raw().send("OPTIONS", "/api/topics/rest-vs-grpc", null, "Origin: http://127.0.0.1:8080",
                "Access-Control-Request-Method: PUT", "Access-Control-Request-Headers: authorization, if-match").status()).isEqualTo(204);
    }

    @Test
    void aPreflightFromAnotherOriginOrForAMethodTheApiDoesNotTakeIsRefused() {
        assertProblem(raw().send("OPTIONS", "/api/topics/rest-vs-grpc/feedback", null, "Origin: https://evil.example",
                "Access-Control-Request-Method: POST"), 403);
        assertProblem(raw().send("OPTIONS", "/api/topics/rest-vs-grpc", null, "Origin: http://localhost:8080",
                "Access-Control-Request-Method: PATCH"), 403);
        RawHttp.Reply actual = raw().send("GET", "/api/topics/rest-vs-grpc", null, "Origin: https://evil.example");
        assertProblem(actual, 403);
        assertThat(actual.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aMethodAPathDoesNotTakeGets405WithAllow() {
        RawHttp.Reply patch = raw().send("PATCH", "/api/topics/rest-vs-grpc", "{}", "Content-Type: application/json");
        assertProblem(patch, 405);
        assertThat(patch.header("Allow")).isEqualTo("GET, HEAD, PUT, OPTIONS");
        assertThat(raw().send("DELETE", "/api/verdicts/rest-vs-grpc", null).header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(raw().send("GET", "/api/readers", null).header("Allow")).isEqualTo("POST, OPTIONS");

        RawHttp.Reply page = raw().send("POST", "/compare/rest-vs-grpc", "x=1", "Content-Type: application/x-www-form-urlencoded");
        assertThat(page.status()).isEqualTo(405);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");

        RawHttp.Reply options = raw().send("OPTIONS", "/api/topics", null);
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.header("Allow")).isEqualTo("GET, HEAD, POST, OPTIONS");
    }

    // 2. Exact forwarding

    @Test
    void theServiceSeesExactlyTheQueryTheClientSent() {
        assertThat(titles(api().get("/api/topics?q=distributed%20multiprocessing").send())).contains(SEED);
        assertThat(titles(api().get("/api/topics?q=distributed%20multiprocessing&ref=YWJj=").send())).contains(SEED);
        assertThat(titles(api().get("/api/topics?ref=a%3Db%26c&q=distributed+multiprocessing").send())).contains(SEED);
        assertThat(titles(api().get("/api/topics?q=distributed%20multiprocessing&ref=%7Bx%7D&utm=a=b=c").send())).contains(SEED);
        // an encoded '&' stays part of its value: nothing matches "distributed&size=1"
        assertThat(api().get("/api/topics?q=distributed%26size%3D1").send().json().path("size").asInt()).isEqualTo(20);
    }

    private static String titles(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    // 3. One reading of a path

    @ParameterizedTest
    @ValueSource(strings = {"/%61pi/topics", "/api/%74opics/rest-vs-grpc", "/api/topics/rest%2Dvs%2Dgrpc", "/api//topics",
            "/api/./topics", "/api/topics/../verdicts/rest-vs-grpc", "/api/topics%2Frest-vs-grpc", "/api/topics/%2e%2e/x",
            "/api/topics;x=1", "/api/topics/%25", "/api/topics/rest-vs-grpc%3Bx", "/api/readers;x=1"})
    void aPathNotInCanonicalFormIsRefusedBeforeRoutingSecurityAndLimits(String path) {
        RawHttp.Reply answer = raw().send("GET", path, null);
        assertProblem(answer, 400);
        assertThat(json(answer).path("errors").path(0).path("field").asText()).isEqualTo("path");
    }

    @Test
    void aVoteToAnEncodedVariantOfThePathIsRefusedAndNotCounted() {
        String cookie = readerCookie();
        long before = total("rest-vs-grpc");
        RawHttp.Reply answer = raw().send("POST", "/%61pi/topics/rest-vs-grpc/feedback", "{\"stance\":\"agree\",\"preferredOption\":\"rest\"}",
                "Content-Type: application/json", "Cookie: " + cookie);
        assertProblem(answer, 400);
        assertThat(api().post("/api/topics/rest-vs-grpc/feedback", Map.of("stance", "agree", "preferredOption", "rest"))
                .header("Cookie", cookie).send().status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> total("rest-vs-grpc") == before + 1);
        assertThat(raw().send("GET", "/api/topics?size=1", null).header("RateLimit-Remaining")).isNotNull();
    }

    private long total(String slug) {
        return api().get("/api/topics/" + slug + "/feedback/summary").send().json().path("total").asLong();
    }

    // 4. Hostile bytes

    @ParameterizedTest
    @ValueSource(strings = {"category=a%00b", "tag=%00", "q=%C0%80", "q=%FF", "q=%E2%82", "category=a%1Fb", "tag=x%7F",
            "q=ok&category=%0D%0A", "page=%00", "q=%G0", "q=%"})
    void controlCharactersAndBrokenUtf8InAQueryGet400NamingTheParameter(String query) {
        RawHttp.Reply answer = raw().send("GET", "/api/topics?" + query, null);
        assertProblem(answer, 400);
        String field = json(answer).path("errors").path(0).path("field").asText();
        assertThat(query).contains(field + "=");
    }

    @Test
    void aControlCharacterInAHeaderGets400() {
        RawHttp.Reply answer = raw().send("GET", "/api/topics/rest-vs-grpc", null, "X-Note: a\u0001b");
        assertProblem(answer, 400);
        assertThat(json(answer).path("errors").path(0).path("field").asText()).isEqualToIgnoringCase("X-Note");
    }

    @Test
    void aBurstOfBadRequestsLeavesEveryBreakerClosedAndReadersServed() {
        for (int i = 0; i < 60; i++) {
            assertThat(raw().send("GET", "/api/topics?category=a%00b" + i, null).status()).isEqualTo(400);
            String title = "{\"slug\":\"nul-" + i + "\",\"title\":\"a\\u0000b\"}";
            assertThat(raw().send("POST", "/api/topics", title, "Content-Type: application/json",
                    "Authorization: Bearer " + tokens().mint("editor-" + i, "editor")).status()).isBetween(400, 499);
        }
        JsonNode breakers = operations().get("/actuator/circuitbreakers").send().json().path("circuitBreakers");
        for (String name : new String[] {"topics", "verdicts", "feedback"}) {
            assertThat(breakers.path(name).path("state").asText()).as(name).isEqualTo("CLOSED");
            assertThat(breakers.path(name).path("failedCalls").asInt()).as(name).isZero();
        }
        assertThat(api().get("/api/topics/" + SEED).send().status()).isEqualTo(200);
    }

    // 5. Error bodies

    @Test
    void theGatewaysOwnErrorsAreProblemsOnApiPathsAndPagesElsewhere() {
        assertProblem(raw().send("GET", "/api/nope", null), 404);
        assertProblem(raw().send("GET", "/api/topics/rest-vs-grpc/nope", null), 404);
        RawHttp.Reply page = raw().send("GET", "/nope", null, "Accept: application/json");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Not Found</h1>").doesNotContain("Whitelabel");
        RawHttp.Reply home = raw().send("GET", "/", null, "Accept: application/json");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void aServicesRefusalReachesTheClientInTheApisWords() {
        String cookie = readerCookie();
        Api.Response unknownField = api().post("/api/topics/rest-vs-grpc/feedback",
                        Map.of("stance", "agree", "preferredOption", "rest", "mood", "happy"))
                .header("Cookie", cookie).send();
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).contains("mood").doesNotContainIgnoringCase("dev.nicepick").doesNotContain("java.")
                .doesNotContainIgnoringCase("jackson");
    }

    // 6. Header limits

    @Test
    void aRequestTheGatewayAcceptsIsServedAndOneItWouldNotIsRefusedWith431() {
        RawHttp.Reply accepted = raw().send("GET", "/api/topics/rest-vs-grpc", null, "X-Note: " + "a".repeat(7_950));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertProblem(raw().send("GET", "/api/topics/rest-vs-grpc", null, "X-Note: " + "a".repeat(8_300)), 431);
        assertProblem(raw().send("GET", "/api/topics?q=" + "a".repeat(9_000), null), 414);
    }

    // 7. Caching and cookies

    @Test
    void anonymousReadsSetNoCookieAndWhatSetsOneIsNeverStored() {
        for (String path : new String[] {"/", "/compare/" + SEED, "/api/topics/" + SEED, "/api/topics", "/api/verdicts/" + SEED}) {
            RawHttp.Reply answer = raw().send("GET", path, null);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.header("Set-Cookie")).as(path).isNull();
        }
        RawHttp.Reply reader = raw().send("POST", "/api/readers", null);
        assertThat(reader.header("Set-Cookie")).isNotNull();
        assertThat(reader.header("Cache-Control")).isEqualTo("no-store");
        Api.Response cors = api().get("/api/topics/" + SEED).header("Origin", "http://localhost:8080").send();
        assertThat(cors.headers().allValues("Vary")).as("the answer depends on Origin").contains("Origin");
    }

    // 8. Retries and identity for cookie-less clients

    @Test
    void aVoteWithoutAReaderIdentityIsRefusedAndSaysHowToGetOne() {
        long before = total("rest-vs-grpc");
        for (int i = 0; i < 3; i++) {
            Api.Response vote = api().post("/api/topics/rest-vs-grpc/feedback", Map.of("stance", "agree", "preferredOption", "rest"))
                    .header("Idempotency-Key", "cookie-less-0001").send();
            assertThat(vote.status()).isEqualTo(403);
            assertThat(vote.json().path("type").asText()).isEqualTo(ProblemTypes.READER_IDENTITY_REQUIRED.toString());
            assertThat(vote.json().path("detail").asText()).contains("POST /api/readers");
        }
        assertThat(total("rest-vs-grpc")).isEqualTo(before);
    }

    @Test
    void theSameIdempotencyKeyFromTheSameReaderStoresOneVote() {
        String cookie = readerCookie();
        String key = "retry-" + UUID.randomUUID();
        long before = total("monolith-vs-microservices");
        Api.Response first = api().post("/api/topics/monolith-vs-microservices/feedback", Map.of("stance", "disagree", "preferredOption", "microservices"))
                .header("Cookie", cookie).header("Idempotency-Key", key).send();
        Api.Response again = api().post("/api/topics/monolith-vs-microservices/feedback", Map.of("stance", "disagree", "preferredOption", "microservices"))
                .header("Cookie", cookie).header("Idempotency-Key", key).send();
        assertThat(first.status()).isEqualTo(202);
        assertThat(again.json().path("id")).isEqualTo(first.json().path("id"));
        await().atMost(Duration.ofSeconds(10)).until(() -> total("monolith-vs-microservices") == before + 1);
    }

    // 9. Slugs

    @Test
    void everyVariantOfAComparisonsUrlRedirectsToTheCanonicalOne() {
        assertRedirect(raw().send("GET", "/api/topics/grpc-vs-rest", null), 301, "/api/topics/rest-vs-grpc");
        assertRedirect(raw().send("GET", "/api/topics/REST-VS-GRPC", null), 301, "/api/topics/rest-vs-grpc");
        assertRedirect(raw().send("GET", "/api/topics/rest-vs-grpc/", null), 301, "/api/topics/rest-vs-grpc");
        assertRedirect(raw().send("GET", "/api/verdicts/grpc-vs-rest", null), 301, "/api/verdicts/rest-vs-grpc");
        assertRedirect(raw().send("HEAD", "/compare/rest-vs-grpc/", null), 301, "/compare/rest-vs-grpc");
        assertRedirect(raw().send("GET", "/compare/grpc-vs-rest", null), 301, "/compare/rest-vs-grpc");
        assertRedirect(raw().send("GET", "/compare/Rest-Vs-Grpc", null), 301, "/compare/rest-vs-grpc");
        assertRedirect(raw().send("POST", "/api/topics/grpc-vs-rest/feedback", "{\"stance\":\"agree\",\"preferredOption\":\"rest\"}",
                "Content-Type: application/json", "Cookie: " + readerCookie()), 308, "/api/topics/rest-vs-grpc/feedback");
    }

    private static void assertRedirect(RawHttp.Reply answer, int status, String location) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Location")).endsWith(location);
    }

    @Test
    void anUnknownComparisonIsARealNotFoundPage() {
        RawHttp.Reply page = raw().send("GET", "/compare/no-such-thing", null);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertProblem(raw().send("GET", "/api/topics/no-such-thing", null), 404);
    }

    // 10. Exposure

    @Test
    void publicHealthIsABareStatusAndMetricsAreOnlyOnTheManagementPort() {
        assertThat(api().get("/actuator/health").send().body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(api().get("/actuator/health/readiness").send().body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(api().get("/actuator/prometheus").send().status()).isNotEqualTo(200);
        assertThat(api().get("/actuator/circuitbreakers").send().status()).isNotEqualTo(200);
        assertThat(operations().get("/actuator/health").send().json().has("components")).isTrue();
        assertThat(operations().get("/actuator/prometheus").send().status()).isEqualTo(200);
    }

    @Test
    void identityHeadersAClientSendsNeverReachAService() {
        String cookie = readerCookie();
        long before = total("rest-vs-grpc");
        // A credential or reader key of the client's own choosing is dropped; the gateway's own take their place.
        Api.Response vote = api().post("/api/topics/rest-vs-grpc/feedback", Map.of("stance", "agree", "preferredOption", "rest"))
                .header("X-Gateway-Credential", "guessed-credential-guessed-credential").header("X-Reader-Key", "reader:someone-else")
                .send();
        assertThat(vote.status()).isEqualTo(403);
        assertThat(api().post("/api/topics/rest-vs-grpc/feedback", Map.of("stance", "agree", "preferredOption", "rest"))
                .header("Cookie", cookie).header("X-Reader-Key", "reader:someone-else").send().status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() -> total("rest-vs-grpc") == before + 1);
    }

    // Variants a reviewer found

    @Test
    void aLoneSurrogateInJsonIsRefusedNotStoredAsAQuestionMark() {
        RawHttp.Reply reply = raw().send("POST", "/api/topics/rest-vs-grpc/feedback",
                "{\"stance\":\"agree\",\"preferredOption\":\"rest\",\"comment\":\"a\\ud800b\"}",
                "Content-Type: application/json", "Cookie: " + readerCookie());
        assertProblem(reply, 400);
        assertThat(json(reply).path("errors").path(0).path("field").asText()).isEqualTo("comment");
        assertThat(json(reply).path("errors").path(0).path("rule").asText()).isEqualTo("Unicode");
    }

    @Test
    void aKeyTwiceInOneJsonObjectIsRefused() {
        assertProblem(raw().send("POST", "/api/topics/rest-vs-grpc/feedback",
                "{\"stance\":\"agree\",\"preferredOption\":\"rest\",\"preferredOption\":\"grpc\"}",
                "Content-Type: application/json", "Cookie: " + readerCookie()), 400);
    }

    @Test
    void aSignedInReaderVotesWhateverTheTokensSubjectAndNeedsNoCookie() {
        String token = tokens().mint("auth0|5f7c8ec7c33c6c004bbafe82", "editor");
        Api.Response identity = api().post("/api/readers", null).bearer(token).send();
        assertThat(identity.status()).isEqualTo(200);
        assertThat(identity.header("Set-Cookie")).isNull();
        assertThat(api().post("/api/topics/rest-vs-grpc/feedback", Map.of("stance", "agree", "preferredOption", "rest"))
                .bearer(token).send().status()).isEqualTo(202);
    }

    @Test
    void aPreflightMayAskOnlyForTheMethodsThatPathTakes() {
        assertProblem(raw().send("OPTIONS", "/api/topics", null, "Origin: http://localhost:8080",
                "Access-Control-Request-Method: DELETE"), 403);
        RawHttp.Reply put = raw().send("OPTIONS", "/api/topics/rest-vs-grpc", null, "Origin: http://localhost:8080",
                "Access-Control-Request-Method: PUT");
        assertThat(put.status()).isEqualTo(204);
        assertThat(put.header("Access-Control-Allow-Methods")).doesNotContain("POST").doesNotContain("DELETE");
        assertThat(api().get("/api/topics/" + SEED).send().headers().allValues("Vary")).contains("Origin");
    }

    @Test
    void charactersBrowsersLeaveInPastedLinksAreServed() {
        assertThat(raw().send("GET", "/api/topics?q=rest|grpc", null).status()).isEqualTo(200);
        assertThat(raw().send("GET", "/?q=a^b`c{d}", null).status()).isEqualTo(200);
    }

    @Test
    void actuatorOnThePublicPortIsHealthOnly() {
        for (String path : new String[] {"/actuator/env", "/actuator/prometheus", "/actuator/nope"}) {
            assertProblem(raw().send("GET", path, null, "Authorization: Bearer " + tokens().mint("ops", "admin")), 404);
        }
    }

    /**
     * An answer the gateway gives before any service reads the request must still reach a client that is sending a
     * body: a server that closes with request bytes unread makes TCP reset the connection, and the answer is lost
     * (found by the hostile corpus as a rare "Connection reset" on a plain OPTIONS with a body).
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "OPTIONS, /api/topics/rest-vs-grpc/related, plain, 204",
            "OPTIONS, /api/topics/rest-vs-grpc/feedback, preflight, 204",
            "OPTIONS, /compare/rest-vs-grpc, plain, 204",
            "POST, /api/topics/rest-vs-grpc/feedback/, trailing slash, 308",
            "DELETE, /api/topics, refused, 405"})
    void anAnswerGivenBeforeTheBodyIsReadStillReachesAClientSendingOne(String method, String path, String kind, int status) {
        Map<String, String> headers = kind.equals("preflight")
                ? Map.of("Origin", "http://localhost:8080", "Access-Control-Request-Method", "POST")
                : Map.of("Content-Type", "application/json");
        byte[] body = ("{\"comment\": \"" + "x".repeat(256 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(raw().send(method, path, headers, body).status()).isEqualTo(status);
        }
    }

    @Test
    void unsupportedMediaTypesAreExplainedInTheApisWords() {
        RawHttp.Reply reply = raw().send("POST", "/api/topics/rest-vs-grpc/feedback", "stance=agree",
                "Content-Type: text/plain", "Cookie: " + readerCookie());
        assertProblem(reply, 415);
        assertThat(json(reply).path("detail").asText()).contains("application/json").doesNotContain("null").doesNotContain("[");
    }
}
