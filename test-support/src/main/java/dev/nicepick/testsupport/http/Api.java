package dev.nicepick.testsupport.http;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain HTTP client for tests: real requests to a service's port, so every filter and limit applies.
 * Optionally ({@link #checkedAgainst}) every answer is held against the service's OpenAPI description.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final OpenApiContract contract;

    public Api(String baseUrl) {
        this(baseUrl, null);
    }

    private Api(String baseUrl, OpenApiContract contract) {
        this.baseUrl = baseUrl;
        this.contract = contract;
    }

    public static Api onLocalPort(int port) {
        return new Api("http://127.0.0.1:" + port);
    }

    /**
     * The same client, failing a request whose answer breaks {@code contract} (see {@link OpenApiContract#check}).
     */
    public Api checkedAgainst(OpenApiContract contract) {
        return new Api(baseUrl, contract);
    }

    /** This client's base URL, e.g. {@code http://127.0.0.1:8081}. */
    public String baseUrl() {
        return baseUrl;
    }

    public Request get(String path) {
        return new Request("GET", path, null);
    }

    public Request post(String path, Object body) {
        return new Request("POST", path, body);
    }

    public Request put(String path, Object body) {
        return new Request("PUT", path, body);
    }

    /** Any method, e.g. HEAD or OPTIONS; {@code body} may be null. */
    public Request request(String method, String path, Object body) {
        return new Request(method, path, body);
    }

    public Request delete(String path) {
        return new Request("DELETE", path, null);
    }

    public static String json(Object value) {
        return value instanceof String s ? s : JSON.writeValueAsString(value);
    }

    public final class Request {
        private final String method;
        private final String path;
        private final Object body;
        private final List<String> headers = new ArrayList<>();
        private String contentType = "application/json";

        private Request(String method, String path, Object body) {
            this.method = method;
            this.path = path;
            this.body = body;
        }

        public Request header(String name, String value) {
            headers.add(name);
            headers.add(value);
            return this;
        }

        public Request bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Request contentType(String value) {
            this.contentType = value;
            return this;
        }

        public Response send() {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
            if (!headers.isEmpty()) {
                builder.headers(headers.toArray(String[]::new));
            }
            if (body == null) {
                builder.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(json(body)));
            }
            try {
                HttpResponse<String> sent = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
                Response response = new Response(sent.statusCode(), sent.headers(), sent.body());
                if (contract != null) {
                    contract.check(method, path, response);
                }
                return response;
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path + " failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
