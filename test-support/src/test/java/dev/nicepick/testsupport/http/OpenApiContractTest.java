package dev.nicepick.testsupport.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A test whose answer breaks the service's published description fails, and says why in the validator's words. */
class OpenApiContractTest {

    private static final String DESCRIPTION = """
            {"openapi": "3.0.1", "info": {"title": "t", "version": "v1"}, "servers": [{"url": "/"}],
             "paths": {"/api/things/{id}": {"get": {"operationId": "getThing",
               "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
               "responses": {"200": {"description": "the thing",
                 "headers": {"X-Request-Id": {"required": true, "schema": {"type": "string"}}},
                 "content": {"application/json": {"schema": {"type": "object", "required": ["name"],
                   "properties": {"name": {"type": "string"}}}}}}}}}}}
            """;

    private HttpServer server;
    private Api api;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v3/api-docs", exchange -> answer(exchange, 200, DESCRIPTION, null));
        server.createContext("/api/things/kept", exchange -> answer(exchange, 200, "{\"name\": \"kept\"}", "abc-12345678"));
        server.createContext("/api/things/broken", exchange -> answer(exchange, 200, "{\"title\": 42}", null));
        server.createContext("/api/things/refused", exchange -> answer(exchange, 405, "{}", "abc-12345678"));
        server.createContext("/api/things/gone", exchange -> answer(exchange, 410, "{}", "abc-12345678"));
        server.createContext("/actuator/health", exchange -> answer(exchange, 200, "{\"status\": \"UP\"}", null));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        api = new Api(base).checkedAgainst(OpenApiContract.publishedAt(base + "/v3/api-docs"));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anAnswerThatKeepsTheDescriptionPasses() {
        assertThat(api.get("/api/things/kept?verbose=true").send().status()).isEqualTo(200);
    }

    @Test
    void aBodyOrHeaderThatBreaksTheDescriptionFailsWithTheValidatorsMessages() {
        assertThatThrownBy(() -> api.get("/api/things/broken").send())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET /api/things/broken answered 200")
                .hasMessageContaining("name")
                .hasMessageContaining("X-Request-Id");
    }

    @Test
    void aStatusTheOperationDoesNotDocumentFails() {
        assertThatThrownBy(() -> api.get("/api/things/gone").send())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("410");
    }

    @Test
    void aMethodThePathDoesNotTakeMayOnlyBeRefusedWith405() {
        assertThat(api.delete("/api/things/refused").send().status()).isEqualTo(405);
        assertThatThrownBy(() -> api.delete("/api/things/kept").send())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("DELETE /api/things/kept answered 200");
    }

    @Test
    void actuatorPathsAreNoOperationsAndAreNotChecked() {
        assertThat(api.get("/actuator/health").send().status()).isEqualTo(200);
    }

    private static void answer(HttpExchange exchange, int status, String body, String requestId) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (requestId != null) {
            exchange.getResponseHeaders().add("X-Request-Id", requestId);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
