package dev.nicepick.web.problem;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.web.limits.PayloadTooLargeException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each kind of refusal, raised by a controller or by Spring MVC itself, becomes an RFC 9457 problem with the
 * suite's type for its status, our title, a rule per broken field, and no Java class, package or parser in any
 * message (the promise every service's RefusalContract checks end to end; here without a server).
 */
class ProblemResponsesTest {

    /** The words a message must never hold: they show how the service is built, not what the client did. */
    private static final Pattern IMPLEMENTATION_WORDS =
            Pattern.compile("(?i)(java\\.|dev\\.nicepick|jackson|tools\\.|exception|\\bclass\\b)");
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Refusing())
            .setControllerAdvice(new ProblemResponses(JSON))
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JSON.rebuild()))
            .build();

    record Expected(int status, String title, String field, String rule) {
    }

    static Stream<Arguments> refusals() {
        String json = MediaType.APPLICATION_JSON_VALUE;
        return Stream.of(
                Arguments.of("a service's own problem", get("/conflict"), new Expected(409, "Conflict", null, null)),
                Arguments.of("an unexpected error", get("/broken"), new Expected(500, "Internal Server Error", null, null)),
                Arguments.of("no database connection within the pool's time-out", get("/no-connection"),
                        new Expected(503, "Service Unavailable", null, null)),
                Arguments.of("a transaction that cannot begin", get("/no-transaction"),
                        new Expected(503, "Service Unavailable", null, null)),
                Arguments.of("a body breaking a constraint", post("/things").contentType(json).content("{\"name\": \" \"}"),
                        new Expected(400, "Bad Request", "name", "NotBlank")),
                Arguments.of("a parameter out of range", get("/things").param("size", "1000"),
                        new Expected(400, "Bad Request", "size", "Max")),
                Arguments.of("a parameter of the wrong type", get("/things").param("size", "many"),
                        new Expected(400, "Bad Request", "size", "Type")),
                Arguments.of("a missing parameter", get("/required"), new Expected(400, "Bad Request", "mode", "Required")),
                Arguments.of("a missing header", get("/header"), new Expected(400, "Bad Request", "X-Token", "Required")),
                Arguments.of("malformed JSON", post("/things").contentType(json).content("{\"name\": \"a\",,}"),
                        new Expected(400, "Bad Request", "body", "Json")),
                Arguments.of("an empty body", post("/things").contentType(json).content(""),
                        new Expected(400, "Bad Request", "body", "Required")),
                Arguments.of("an unknown field", post("/things").contentType(json).content("{\"name\": \"a\", \"colour\": 1}"),
                        new Expected(400, "Bad Request", "colour", "UnknownField")),
                Arguments.of("a field of the wrong JSON type", post("/things").contentType(json).content("{\"name\": {\"x\": 1}}"),
                        new Expected(400, "Bad Request", "name", "Type")),
                Arguments.of("a body over the limit", post("/too-large"), new Expected(413, "Content Too Large", null, null)),
                Arguments.of("an unknown path", get("/nothing-here"), new Expected(404, null, null, null)),
                Arguments.of("a method the path does not take", delete("/things"), new Expected(405, null, null, null)),
                Arguments.of("an unacceptable media type", get("/things").accept(MediaType.TEXT_HTML),
                        new Expected(406, null, null, null)),
                Arguments.of("an unsupported media type", post("/things").contentType(MediaType.TEXT_PLAIN).content("name"),
                        new Expected(415, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void eachRefusalIsAProblemOfTheSuitesTypeInTheApisWords(String name, RequestBuilder request, Expected expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(response.getStatus()).as(body).isEqualTo(expected.status());
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("type").asString()).isEqualTo(ProblemTypes.of(expected.status()).toString());
        assertThat(problem.get("status").asInt()).isEqualTo(expected.status());
        assertThat(problem.path("title").asString("")).isNotBlank();
        if (expected.title() != null) {
            assertThat(problem.get("title").asString()).isEqualTo(expected.title());
        }
        if (expected.field() != null) {
            assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("rule").asString()))
                    .contains(expected.field() + " " + expected.rule());
        }
        if (expected.status() == 503) {
            assertThat(response.getHeader("Retry-After")).as("503 says when to try again").isNotBlank();
        }
        assertThat(messages(problem)).as(body).noneMatch(message -> IMPLEMENTATION_WORDS.matcher(message).find());
    }

    private static List<String> messages(JsonNode problem) {
        Stream<String> errors = problem.path("errors").valueStream().map(e -> e.path("field").asString("") + " "
                + e.path("rule").asString("") + " " + e.path("message").asString(""));
        return Stream.concat(Stream.of(problem.path("title").asString(""), problem.path("detail").asString("")), errors).toList();
    }

    record Thing(@NotBlank String name) {
    }

    @RestController
    static class Refusing {

        @GetMapping(path = "/things", produces = MediaType.APPLICATION_JSON_VALUE)
        List<Thing> list(@RequestParam(defaultValue = "10") @Max(100) int size) {
            return List.of();
        }

        @PostMapping(path = "/things", consumes = MediaType.APPLICATION_JSON_VALUE)
        Thing create(@Valid @RequestBody Thing thing) {
            return thing;
        }

        @GetMapping("/no-connection")
        void noConnection() {
            throw new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
                    new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3000ms"));
        }

        @GetMapping("/no-transaction")
        void noTransaction() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        }

        @GetMapping("/conflict")
        void conflict() {
            throw Problems.conflict("A thing with this name exists.");
        }

        @GetMapping("/broken")
        void broken() {
            throw new IllegalStateException("java.lang.NullPointerException in dev.nicepick.Something");
        }

        @GetMapping("/required")
        void required(@RequestParam String mode) {
        }

        @GetMapping("/header")
        void header(@RequestHeader("X-Token") String token) {
        }

        /** What Spring MVC raises when the body-size limit stops a body that had no Content-Length. */
        @PostMapping("/too-large")
        void tooLarge() {
            throw new HttpMessageNotReadableException("I/O error while reading input message", new PayloadTooLargeException(64),
                    new MockHttpInputMessage(new byte[0]));
        }
    }
}
