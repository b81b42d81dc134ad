package dev.nicepick.gateway.page;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Nu HTML Checker (the validator behind validator.w3.org/nu, {@code nu.validator:validator}) as a library: the
 * errors it finds in a document. It runs in a class loader of its own over {@code target/html-checker} (the build
 * copies it there with its own dependencies; see the gateway's POM), so that its Jetty 11 never meets the tests'
 * Spring Boot.
 */
public final class HtmlChecker {

    private static final Path JARS = Path.of("target", "html-checker");
    private static final ClassLoader LOADER = loader();

    /** Each error as "line N: message"; warnings and information are not errors. */
    public static List<String> errors(String html) {
        try {
            Class<?> validatorType = LOADER.loadClass("nu.validator.client.EmbeddedValidator");
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<Enum> formatType = (Class<Enum>) LOADER.loadClass("nu.validator.client.EmbeddedValidator$OutputFormat");
            Object validator = validatorType.getConstructor().newInstance();
            validatorType.getMethod("setOutputFormat", formatType).invoke(validator, Enum.valueOf(formatType, "JSON"));
            String report = (String) validatorType.getMethod("validate", InputStream.class)
                    .invoke(validator, new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            JsonNode messages = JsonMapper.builder().build().readTree(report).path("messages");
            return messages.values().stream()
                    .filter(message -> "error".equals(message.path("type").asString("")) || "fatal".equals(message.path("subType").asString("")))
                    .map(message -> "line " + message.path("lastLine").asInt(0) + ": " + message.path("message").asString(""))
                    .toList();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The HTML checker could not run", e);
        }
    }

    private static ClassLoader loader() {
        try (Stream<Path> jars = Files.list(JARS)) {
            URL[] urls = jars.filter(jar -> jar.toString().endsWith(".jar")).map(HtmlChecker::url).toArray(URL[]::new);
            return new URLClassLoader("html-checker", urls, ClassLoader.getPlatformClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException("The build copies the HTML checker to " + JARS.toAbsolutePath(), e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HtmlChecker() {
    }
}
