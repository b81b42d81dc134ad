package dev.nicepick.lab;

import dev.nicepick.api.HeaderNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The lab's HTTP client: JSON over java.net.http to one suite on this machine. Every address must be on
 * 127.0.0.1 (the lab never loads anything else); a request that gets no answer within its time limit is answered
 * with status 0, so a load thread counts it rather than stopping.
 */
public final class LabHttp {

    /** The reader cookie the gateway hands out from {@code POST /api/readers}. */
    public static final String READER_COOKIE = "nicepick_reader";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json;
    private final URI base;
    private final String adminToken;

    /**
     * @param base       e.g. {@code http://127.0.0.1:8080}; refused unless its host is 127.0.0.1
     * @param adminToken a bearer token with the admin role, for drills and experiments
     */
    public LabHttp(URI base, String adminToken, JsonMapper json) {
        this.base = loopbackOnly(base);
        this.adminToken = adminToken;
        this.json = json;
    }

    /** The same client against another port of this machine, e.g. a service's or the management port. */
    public LabHttp at(int port) {
        return new LabHttp(URI.create("http://127.0.0.1:" + port), adminToken, json);
    }

    /** One answer: status (0 when none came), the stale marker header, body, and when and how fast it came. */
    public record Answer(int status, String staleHeader, String body, Optional<String> setCookie, Instant at, long millis) {

        public boolean ok() {
            return status >= 200 && status <= 299;
        }

        public AnswerKind kind() {
            return AnswerKind.of(status, staleHeader, body);
        }
    }

    /** GET, with an optional reader cookie. */
    public Answer get(String path, String readerCookie, Duration timeout) {
        return send(request(path, readerCookie, timeout).GET(), timeout);
    }

    /** POST of a JSON body (as a reader when {@code readerCookie} is given, as admin when {@code asAdmin}). */
    public Answer post(String path, Object body, String readerCookie, boolean asAdmin, Duration timeout) {
        HttpRequest.Builder request = request(path, readerCookie, timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : json.writeValueAsString(body)));
        if (asAdmin) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        return send(request, timeout);
    }

    /** DELETE as admin. */
    public Answer deleteAsAdmin(String path, Duration timeout) {
        return send(request(path, null, timeout).header("Authorization", "Bearer " + adminToken).DELETE(), timeout);
    }

    /** GET that must succeed, its body as JSON; an {@link IllegalStateException} naming the path and status otherwise. */
    public JsonNode getJson(String path, Duration timeout) {
        return json(get(path, null, timeout), "GET " + path);
    }

    /** The body of a successful answer as JSON; an {@link IllegalStateException} naming {@code what} otherwise. */
    public JsonNode json(Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " answered " + (answer.status() == 0 ? "nothing" : answer.status())
                    + (answer.body() == null ? "" : ": " + abbreviate(answer.body())));
        }
        return json.readTree(answer.body());
    }

    private HttpRequest.Builder request(String path, String readerCookie, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json")
                .header(HeaderNames.REQUEST_ID, "lab-" + java.util.UUID.randomUUID());
        if (readerCookie != null) {
            request.header("Cookie", READER_COOKIE + "=" + readerCookie);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request, Duration timeout) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue(HeaderNames.VERDICT_STALE).orElse(null),
                    response.body(), readerCookie(response), Instant.now(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            return new Answer(0, null, null, Optional.empty(), Instant.now(), (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null, null, Optional.empty(), Instant.now(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static Optional<String> readerCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(READER_COOKIE + "="))
                .map(c -> c.substring(READER_COOKIE.length() + 1).split(";", 2)[0])
                .findFirst();
    }

    private static URI loopbackOnly(URI base) {
        if (!"http".equals(base.getScheme()) || !"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("The lab only targets http://127.0.0.1: " + base);
        }
        return base;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
