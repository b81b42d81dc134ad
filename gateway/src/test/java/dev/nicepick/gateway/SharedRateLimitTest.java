package dev.nicepick.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.tokens.LocalTokenSettings;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two gateway replicas with their limits in one Redis (Debian's {@code redis-server}, which {@code .ci/run}
 * installs): a client's budget is shared, whichever replica it reaches.
 */
class SharedRateLimitTest extends GatewayTest {

    private static final File REDIS = new File("/usr/bin/redis-server");
    private static final int REDIS_PORT = FreePorts.next();
    private static final WireMockServer services = new WireMockServer(options().dynamicPort());
    private static Process redis;
    private static ConfigurableApplicationContext secondReplica;

    @DynamicPropertySource
    static void sharedStore(DynamicPropertyRegistry registry) {
        if (System.getenv("CI") != null) {
            assertThat(REDIS.canExecute()).as("CI installs redis-server (see .ci/run)").isTrue();
        }
        org.assertj.core.api.Assumptions.assumeThat(REDIS.canExecute()).as("needs Debian's redis-server").isTrue();
        startRedis();
        services.start();
        services.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        services.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("{}")));
        for (String service : new String[] {"topics-service", "verdict-service", "feedback-service"}) {
            route(registry, service, services.baseUrl());
        }
        registry.add("nicepick.gateway.rate-limit.store", () -> "redis");
        registry.add("nicepick.gateway.rate-limit.redis-url", () -> "redis://127.0.0.1:" + REDIS_PORT);
        registry.add("nicepick.gateway.rate-limit.writes-per-minute", () -> "3");
    }

    @AfterAll
    static void stop() {
        if (secondReplica != null) {
            secondReplica.close();
        }
        services.stop();
        if (redis != null) {
            redis.destroy();
        }
    }

    @Test
    void replicasDrawFromOneBudgetPerClient() {
        Api first = api();
        Api second = Api.onLocalPort(startSecondReplica());
        String reader = readerCookie();
        String other = readerCookie();
        Map<String, String> vote = Map.of("preferredOption", "multiprocessing");

        assertThat(first.post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", reader).send().status()).isEqualTo(202);
        assertThat(second.post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", reader).send().status()).isEqualTo(202);
        Api.Response third = first.post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", reader).send();
        assertThat(third.status()).isEqualTo(202);
        assertThat(third.header("RateLimit-Remaining")).isEqualTo("0");

        Api.Response limited = second.post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", reader).send();
        assertThat(limited.status()).as("the other replica knows the budget is spent").isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotBlank();
        assertThat(second.post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", other).send().status()).isEqualTo(202);
    }

    private int startSecondReplica() {
        secondReplica = new SpringApplicationBuilder(GatewayApplication.class).profiles("local").run(
                "--server.port=0",
                "--management.server.port=0",
                "--" + LocalTokenSettings.PROPERTY + "=" + TestSecrets.localSecret(),
                "--nicepick.gateway.reader-cookie.secret=" + TestSecrets.readerCookieSecret(),
                "--nicepick.gateway.service-credential=" + TestSecrets.gatewayCredential(),
                "--nicepick.gateway.rate-limit.store=redis",
                "--nicepick.gateway.rate-limit.redis-url=redis://127.0.0.1:" + REDIS_PORT,
                "--nicepick.gateway.rate-limit.writes-per-minute=3",
                "--spring.cloud.discovery.client.simple.instances.topics-service[0].uri=" + services.baseUrl(),
                "--spring.cloud.discovery.client.simple.instances.feedback-service[0].uri=" + services.baseUrl(),
                "--spring.cloud.discovery.client.simple.instances.verdict-service[0].uri=" + services.baseUrl());
        return ((WebServerApplicationContext) secondReplica).getWebServer().getPort();
    }

    private static void startRedis() {
        try {
            redis = new ProcessBuilder(REDIS.getPath(), "--port", Integer.toString(REDIS_PORT), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
            try (Socket ignored = new Socket("127.0.0.1", REDIS_PORT)) {
                return true;
            }
        });
    }
}
