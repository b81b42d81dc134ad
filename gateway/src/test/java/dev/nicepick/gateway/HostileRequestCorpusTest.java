package dev.nicepick.gateway;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.gateway.edge.Refusals;
import dev.nicepick.testsupport.http.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A generated corpus of hostile requests (methods x paths x encodings x bodies x headers, every kind of bad input
 * clients have sent) through the gateway in front of the real services: no answer is a 5xx; every refusal is a
 * problem on API paths and an HTML page elsewhere; nothing any of them asked changes what readers see; every
 * circuit breaker stays closed.
 */
class HostileRequestCorpusTest extends GatewayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"};
    private static final String[] PATHS = {"/api/topics", "/api/topics/rest-vs-grpc", "/api/topics/rest-vs-grpc/feedback",
            "/api/topics/rest-vs-grpc/feedback/summary", "/api/topics/rest-vs-grpc/related", "/api/verdicts/rest-vs-grpc",
            "/api/verdicts/recompute", "/api/feedback/00000000-0000-0000-0000-000000000000", "/api/feedback",
            "/compare/rest-vs-grpc", "/", "/docs/api/topics"};
    /** Ways to spoil a target: each turns a clean path into a hostile request-target. */
    private static final List<java.util.function.UnaryOperator<String>> TARGETS = List.of(
            path -> path + "?q=a%00b",
            path -> path + "?category=%C0%80&tag=%FF%FE",
            path -> path + "?page=abc&size=-1&limit=999999999999",
            path -> path.replaceFirst("/a", "/%61"),
            path -> path + "/../topics",
            path -> path.replaceFirst("/", "//"),
            path -> path + "?q=%E2%82&x=%",
            path -> path + "?" + "q=" + "x".repeat(9_000));
    private static final List<String> BODIES = List.of(
            "{", "{\"stance\":\"agree\",\"preferredOption\":\"rest\",\"mood\":1}", "{\"stance\":\"agree\\u0000\",\"preferredOption\":\"rest\"}",
            "{\"stance\":[],\"preferredOption\":{}}", "[1,2,3]", "null", "{\"slug\":\"x\",\"title\":\"\\u0000\"}");
    private static final List<String[]> HEADERS = List.of(
            new String[] {"Content-Type: application/json"},
            new String[] {"Content-Type: text/plain", "Accept: application/xml"},
            new String[] {"Content-Type: application/json", "Authorization: Bearer not.a.token"},
            new String[] {"Content-Type: application/json", "X-Reader-Key: reader:someone", "X-Forwarded-For: 10.9.8.7",
                    "X-Gateway-Credential: guess"},
            new String[] {"Content-Type: application/json", "Idempotency-Key: \u0001bad"},
            new String[] {"Content-Type: application/json", "X-Big: " + "b".repeat(8_500)});

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
        // the corpus is about what the gateway refuses, not about rate limits
        registry.add("nicepick.gateway.rate-limit.reads-per-minute", () -> "100000");
        registry.add("nicepick.gateway.rate-limit.writes-per-minute", () -> "100000");
    }

    private record Sent(String method, String target, String body, String[] headers) {
    }

    @Test
    void noHostileRequestGetsA5xxOrChangesAnythingOrOpensABreaker() {
        RawHttp http = new RawHttp(port);
        String cookie = readerCookie();
        String editor = "Authorization: Bearer " + tokens().mint("corpus-editor", "editor");
        // votes and verdicts other tests caused may still be on their way: start from a state that holds still
        List<Map<String, String>> last = new ArrayList<>(List.of(Map.of()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Map<String, String> now = visibleState();
            return now.equals(last.set(0, now));
        });
        Map<String, String> before = last.getFirst();

        List<Sent> corpus = new ArrayList<>();
        int n = 0;
        for (String method : METHODS) {
            for (String path : PATHS) {
                for (var spoil : TARGETS) {
                    String body = method.equals("GET") || method.equals("HEAD") ? null : BODIES.get(n % BODIES.size());
                    String[] headers = Stream.concat(Stream.of(HEADERS.get(n % HEADERS.size())),
                            Stream.of(n % 3 == 0 ? "Cookie: " + cookie : n % 3 == 1 ? editor : "Accept: */*")).toArray(String[]::new);
                    corpus.add(new Sent(method, spoil.apply(path), body, headers));
                    n++;
                }
            }
        }
        // every write operation with each bad body, on its clean path, as a reader and as an editor
        for (String path : PATHS) {
            for (String body : BODIES) {
                for (String method : new String[] {"POST", "PUT"}) {
                    corpus.add(new Sent(method, path, body, new String[] {"Content-Type: application/json", "Cookie: " + cookie, editor}));
                }
            }
        }
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);

        List<String> wrong = new ArrayList<>();
        for (Sent sent : corpus) {
            RawHttp.Reply answer = http.send(sent.method(), sent.target(), sent.body(), sent.headers());
            String what = sent.method() + " " + abbreviated(sent.target()) + " -> " + answer.status();
            if (answer.status() >= 500) {
                wrong.add(what + " (a 5xx): " + answer.body());
            } else if (answer.status() >= 400 && !sent.method().equals("HEAD") && !wellFormedRefusal(sent.target(), answer)) {
                wrong.add(what + " (refusal not in the suite's form): " + answer.header("Content-Type") + " " + abbreviated(answer.body()));
            }
        }
        assertThat(wrong).as("answers out of %d requests", corpus.size()).isEmpty();
        assertThat(visibleState()).as("what readers see").isEqualTo(before);

        JsonNode breakers = operations().get("/actuator/circuitbreakers").send().json().path("circuitBreakers");
        for (String name : new String[] {"topics", "verdicts", "feedback"}) {
            assertThat(breakers.path(name).path("state").asText()).as(name).isEqualTo("CLOSED");
            assertThat(breakers.path(name).path("failedCalls").asInt()).as(name).isZero();
        }
    }

    private static boolean wellFormedRefusal(String target, RawHttp.Reply answer) {
        String type = answer.header("Content-Type");
        if (!Refusals.isApiPath(target.split("\\?")[0])) {
            return type != null && type.startsWith("text/html");
        }
        if (type == null || !type.startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = JSON.readTree(answer.body());
        return problem.path("type").asText().startsWith(ProblemTypes.BASE) && problem.path("status").asInt() == answer.status()
                && !answer.body().matches("(?is).*(java\\.|dev\\.nicepick|jackson|exception).*");
    }

    /** Topics, their versions, verdict revisions and vote totals: everything a rejected request must leave alone. */
    private Map<String, String> visibleState() {
        Map<String, String> state = new TreeMap<>();
        JsonNode topics = api().get("/api/topics?size=100").send().json().path("items");
        state.put("count", String.valueOf(topics.size()));
        for (JsonNode topic : topics) {
            String slug = topic.path("slug").asText();
            state.put(slug, topic.path("version").asText() + " " + topic.path("status").asText()
                    + " " + api().get("/api/verdicts/" + slug).send().json().path("revision").asText()
                    + " " + api().get("/api/topics/" + slug + "/feedback/summary").send().json().path("total").asText());
        }
        return state;
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
