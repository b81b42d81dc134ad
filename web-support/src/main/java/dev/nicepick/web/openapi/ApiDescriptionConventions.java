package dev.nicepick.web.openapi;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.api.RequestId;
import dev.nicepick.api.ProblemTypes;
import dev.nicepick.api.Roles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpHeaders;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What every service's OpenAPI description shares, so that a controller annotates only what is particular to
 * one of its operations (its success statuses and their headers, the refusals only it gives, who may call it,
 * examples):
 * <ul>
 *   <li>{@code servers}: the gateway ({@code /}), the only door clients and Swagger UI at {@code /docs} have;</li>
 *   <li>security schemes {@value #BEARER} (a JWT whose {@code roles} claim holds editor, moderator or admin) and
 *       {@value #READER_COOKIE} (the gateway's signed {@code nicepick_reader} cookie);</li>
 *   <li>one RFC 9457 {@code Problem} schema as {@code application/problem+json} for every 4xx and 5xx;</li>
 *   <li>the refusals any operation may get whatever it does ({@link #SHARED_ERRORS}), those of every operation
 *       on a slug, with a body or behind a security requirement, and the redirects of a trailing slash or a
 *       variant slug (301 for GET, 308 otherwise);</li>
 *   <li>headers on every response: {@code X-Request-Id} and the gateway's {@code RateLimit-*}; {@code Retry-After}
 *       on 429 and 503. A response header an annotation names (ETag, Location, Cache-Control) becomes a
 *       reference to its one shared definition.</li>
 * </ul>
 * Statuses without a body (204, 301, 304, 308) are stripped of any content springdoc inferred from the
 * method's return type.
 */
public class ApiDescriptionConventions implements GlobalOpenApiCustomizer {

    /** Name of the bearer JWT security scheme, for {@code @SecurityRequirement(name = ...)}. */
    public static final String BEARER = "bearer";
    /** Name of the reader cookie security scheme, for {@code @SecurityRequirement(name = ...)}. */
    public static final String READER_COOKIE = "readerCookie";
    /** The cookie in which the gateway keeps a reader's signed identity. */
    public static final String READER_COOKIE_NAME = "nicepick_reader";

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String HEADERS = "#/components/headers/";

    /**
     * Refusals any operation can get: a bad request or token, a method its path does not take, an unacceptable
     * Accept, rate limits and an absent service at the gateway, an error on our side.
     */
    // 403: also a browser page of an origin CORS does not allow; 414 and 431: the gateway's limits on any request
    private static final Set<Integer> SHARED_ERRORS = Set.of(400, 401, 403, 405, 406, 414, 429, 431, 500, 503);
    private static final Set<Integer> WITHOUT_BODY = Set.of(204, 301, 304, 308);
    private static final Set<Integer> RETRY_AFTER = Set.of(429, 503);

    /** The headers responses share, by name. */
    private static final Map<String, Header> SHARED_HEADERS = Map.of(
            HeaderNames.REQUEST_ID, header(true, "The request's correlation id: the client's when it sent a well-formed one ("
                    + RequestId.PATTERN + "), else a new UUID. Quote it when reporting a problem.", new StringSchema()),
            HeaderNames.RATE_LIMIT_LIMIT, header(false, "Set by the gateway: requests of this kind the client may make per window.",
                    new IntegerSchema()),
            HeaderNames.RATE_LIMIT_REMAINING, header(false, "Set by the gateway: requests left in the current window.", new IntegerSchema()),
            HeaderNames.RATE_LIMIT_RESET, header(false, "Set by the gateway: seconds until the window resets.", new IntegerSchema()),
            HttpHeaders.RETRY_AFTER, header(false, "Seconds to wait before trying again.", new IntegerSchema()),
            HttpHeaders.ETAG, header(true, "The representation's version, `\"<topic version>.<verdict revision>\"`: "
                    + "send it as If-None-Match to revalidate, or as If-Match to revise.", new StringSchema()),
            HttpHeaders.LOCATION, header(true, "Where the resource is (or, on a redirect, where to repeat the request).",
                    new StringSchema()),
            HttpHeaders.CACHE_CONTROL, header(true, "How long and by whom the answer may be cached.", new StringSchema()));

    private final String title;

    /** @param title the service's name, shown as the description's title */
    public ApiDescriptionConventions(String title) {
        this.title = title;
    }

    @Override
    public void customise(OpenAPI api) {
        api.info((api.getInfo() == null ? new Info() : api.getInfo()).title(title).version("v1")
                .description("Part of nicepick's API, reached through the gateway. Every refusal is an RFC 9457 problem "
                        + "(`application/problem+json`); every answer carries `X-Request-Id` and the gateway's rate-limit headers.")
                .contact(new Contact().name("nicepick").url("https://nicepick.dev")));
        api.servers(List.of(new Server().url("/").description("the gateway")));
        api.getComponents()
                .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A JWT from the identity provider; its `" + Roles.CLAIM + "` claim lists the caller's roles ("
                                + Roles.EDITOR + ", " + Roles.MODERATOR + ", " + Roles.ADMIN + "). Each operation that needs one names it."))
                .addSecuritySchemes(READER_COOKIE, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
                        .name(READER_COOKIE_NAME)
                        .description("The reader's anonymous identity, signed by the gateway, which sets it on the first answer it gives."))
                .addSchemas(FIELD_PROBLEM, fieldProblem())
                .addSchemas(PROBLEM, problem());
        if (api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(ApiDescriptionConventions::anyValuesInFreeMaps);
        }
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    conventions(path, method, operation)));
            // Only the shared headers some response uses: an unused definition would only puzzle a reader.
            new TreeMap<>(SHARED_HEADERS).forEach((name, header) -> {
                if (isUsed(api, HEADERS + name)) {
                    api.getComponents().addHeaders(name, header);
                }
            });
        }
    }

    private void conventions(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses();
        SHARED_ERRORS.forEach(status -> addIfAbsent(responses, status));
        if (path.contains("{")) {
            addIfAbsent(responses, 404);
        }
        // every path redirects when sent with a trailing slash; a slug also when it is a variant of the canonical one
        boolean read = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.HEAD;
        addIfAbsent(responses, read ? 301 : 308, path.contains("{slug}")
                ? "The slug is a variant of the topic's canonical one, or the path ended with a slash: repeat at `Location`."
                : "The path ended with a slash: repeat at `Location`.");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, 413);
            addIfAbsent(responses, 415);
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(responses, 403);
        }
        TreeMap<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        sorted.forEach((status, response) -> responses.addApiResponse(status, shaped(Integer.parseInt(status), response)));
    }

    private static boolean isUsed(OpenAPI api, String ref) {
        return api.getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                .flatMap(operation -> operation.getResponses().values().stream())
                .anyMatch(response -> response.getHeaders().values().stream().anyMatch(header -> ref.equals(header.get$ref())));
    }

    /**
     * springdoc describes a {@code Map<String, Object>} property as a map of objects; its values may be anything
     * (numbers, strings, lists), so such maps get {@code additionalProperties: true}.
     */
    private static void anyValuesInFreeMaps(Schema<?> schema) {
        if (schema.getAdditionalProperties() instanceof Schema<?> values && isBareObject(values)) {
            schema.additionalProperties(Boolean.TRUE);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiDescriptionConventions::anyValuesInFreeMaps);
        }
    }

    private static boolean isBareObject(Schema<?> schema) {
        return "object".equals(schema.getType()) && schema.get$ref() == null && schema.getProperties() == null
                && schema.getAdditionalProperties() == null;
    }

    private static ApiResponse shaped(int status, ApiResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.description(ProblemTypes.title(status));
        }
        if (response.getContent() != null) {
            response.getContent().values().stream().map(MediaType::getSchema).filter(Objects::nonNull)
                    .forEach(ApiDescriptionConventions::anyValuesInFreeMaps);
        }
        if (status >= 400) {
            // each status its own example, so a 503 is not shown with a 400's body
            Map<String, Object> example = new LinkedHashMap<>();
            example.put("type", ProblemTypes.of(status).toString());
            example.put("title", ProblemTypes.title(status));
            example.put("status", status);
            example.put("detail", status == 400 ? "slug: must not be blank" : ProblemTypes.title(status) + ": see the description of this status.");
            if (status == 400) {
                example.put("errors", List.of(Map.of("field", "slug", "rule", "NotBlank", "message", "must not be blank")));
            }
            response.content(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)).example(example)));
        } else if (WITHOUT_BODY.contains(status)) {
            response.content(null);
        }
        if (status == 301 || status == 308) {
            header(response, HttpHeaders.LOCATION);
        }
        if (RETRY_AFTER.contains(status)) {
            header(response, HttpHeaders.RETRY_AFTER);
        }
        header(response, HeaderNames.REQUEST_ID);
        header(response, HeaderNames.RATE_LIMIT_LIMIT);
        header(response, HeaderNames.RATE_LIMIT_REMAINING);
        header(response, HeaderNames.RATE_LIMIT_RESET);
        // Headers an annotation named point at their one definition; sorted, so the description reads the same each time.
        TreeMap<String, Header> headers = new TreeMap<>(response.getHeaders());
        headers.replaceAll((name, header) -> SHARED_HEADERS.containsKey(name) ? new Header().$ref(HEADERS + name) : header);
        return response.headers(new LinkedHashMap<>(headers));
    }

    private static void header(ApiResponse response, String name) {
        response.addHeaderObject(name, new Header().$ref(HEADERS + name));
    }

    private static void addIfAbsent(ApiResponses responses, int status) {
        addIfAbsent(responses, status, null);
    }

    private static void addIfAbsent(ApiResponses responses, int status, String description) {
        responses.computeIfAbsent(String.valueOf(status), code -> new ApiResponse().description(description));
    }

    private static Header header(boolean required, String description, Schema<?> schema) {
        return new Header().required(required ? Boolean.TRUE : null).description(description).schema(schema);
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: why the request was refused and, for invalid input, each broken rule.")
                .addProperty("type", new StringSchema().format("uri").example(ProblemTypes.of(400).toString())
                        .description("Names the kind of problem: " + ProblemTypes.BASE + " followed by the status's reason phrase or a more specific name."))
                .addProperty("title", new StringSchema().example(ProblemTypes.title(400)).description("A short summary of the kind of problem."))
                .addProperty("status", new IntegerSchema().example(400).description("The HTTP status code."))
                .addProperty("detail", new StringSchema().example("slug: must not be blank").description("What went wrong with this request."))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/topics").description("The request's path."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                        .description("For invalid input: each broken rule, with its field."))
                .required(List.of("type", "title", "status"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One broken rule in a request.")
                .addProperty("field", new StringSchema().example("options[1].name")
                        .description("Where: a path into the body, or a parameter or header name."))
                .addProperty("rule", new StringSchema().example("NotBlank").description("The rule's name."))
                .addProperty("message", new StringSchema().example("must not be blank").description("The rule, in words."))
                .required(List.of("field", "rule", "message"));
    }
}
