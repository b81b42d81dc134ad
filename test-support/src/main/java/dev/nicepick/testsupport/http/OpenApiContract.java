package dev.nicepick.testsupport.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A service's published OpenAPI description, held against every answer a test receives, with Atlassian's
 * validator: the status must be documented for the operation, the body must match its schema and media type,
 * and documented required headers must be there. A method the description does not list for a path may only be
 * refused with 405. Paths outside the API (actuator, the description itself) are not operations and are not checked.
 */
public final class OpenApiContract {

    private static final List<String> UNDOCUMENTED = List.of("/actuator", "/v3/api-docs");
    private static final Map<String, OpenApiContract> LOADED = new ConcurrentHashMap<>();

    private final String source;
    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String source, String description) {
        this.source = source;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(description).build();
    }

    /**
     * The description a running service publishes at {@code descriptionUrl} (e.g.
     * {@code http://127.0.0.1:8081/v3/api-docs}), fetched once per URL.
     *
     * @throws IllegalStateException when the service does not answer 200
     */
    public static OpenApiContract publishedAt(String descriptionUrl) {
        return LOADED.computeIfAbsent(descriptionUrl, url -> new OpenApiContract(url, fetch(url)));
    }

    /**
     * Fails with the validator's messages when the answer to {@code method path} (the path may carry a query)
     * breaks the description.
     *
     * @throws AssertionError naming the request, the answer's status and each broken rule
     */
    public void check(String method, String path, Api.Response response) {
        String pathOnly = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        if (UNDOCUMENTED.stream().anyMatch(pathOnly::startsWith)) {
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status());
        response.headers().map().forEach(answer::withHeader);
        if (response.body() != null && !response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        ValidationReport report = validator.validateResponse(pathOnly,
                Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), answer.build());
        if (report.hasErrors() && !(response.status() == 405 && onlyMethodNotDocumented(report))
                && !(response.status() == 404 && onlyPathUnknown(report) && isProblem(response))) {
            throw new AssertionError(method + " " + path + " answered " + response.status()
                    + ", which breaks the OpenAPI description at " + source + ":\n"
                    + SimpleValidationReportFormat.getInstance().apply(report) + "\nbody: " + response.body());
        }
    }

    /** The description knows no such path: the one right answer is a 404 problem. */
    private static boolean onlyPathUnknown(ValidationReport report) {
        return report.getMessages().stream().allMatch(message -> message.getKey().endsWith("path.missing"));
    }

    private static boolean isProblem(Api.Response response) {
        String type = response.header("Content-Type");
        return type != null && type.startsWith("application/problem+json");
    }

    /** The description knows the path but not the method: the one right answer is 405. */
    private static boolean onlyMethodNotDocumented(ValidationReport report) {
        return report.getMessages().stream().allMatch(message -> message.getKey().endsWith("operation.notAllowed"));
    }

    private static String fetch(String url) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fetch the OpenAPI description at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
