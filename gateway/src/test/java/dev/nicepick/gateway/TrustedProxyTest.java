package dev.nicepick.gateway;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway behind a proxy it trusts (this test's client, 127.0.0.1, stands in for an ingress controller): each
 * reader the proxy names gets rate limits of its own and reaches the services under its own address, and a reader
 * cannot pick that address. It runs as on Kubernetes, where Spring Boot would otherwise believe forwarded headers
 * from anyone. A stand-in (WireMock) answers for the services and shows what they receive.
 */
class TrustedProxyTest extends GatewayTest {

    private static final WireMockServer services = new WireMockServer(options().port(FreePorts.next()));

    @DynamicPropertySource
    static void behindAProxy(DynamicPropertyRegistry registry) {
        services.start();
        List.of("topics-service", "verdict-service", "feedback-service").forEach(name -> route(registry, name, services.baseUrl()));
        registry.add("NICEPICK_GATEWAY_TRUSTEDPROXIES", () -> "10.0.0.0/8, 127.0.0.1/32");
        registry.add("spring.main.cloud-platform", () -> "kubernetes");
        registry.add("nicepick.gateway.rate-limit.reads-per-minute", () -> "2");
        registry.add("nicepick.gateway.rate-limit.readers-per-hour", () -> "2");
    }

    @AfterAll
    static void stopStandIn() {
        services.stop();
    }

    @BeforeEach
    void answeringStandIn() {
        services.resetAll();
        services.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void readersTheProxyNamesHaveRateLimitsOfTheirOwnAndTheServicesSeeTheirAddresses() {
        assertThat(read("203.0.113.1").header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(read("203.0.113.1").header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(read("203.0.113.1").status()).isEqualTo(429);

        Api.Response other = read("203.0.113.2");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("RateLimit-Remaining")).as("a bucket of its own").isEqualTo("1");

        assertThat(forwardedFor()).containsExactly("203.0.113.1", "203.0.113.1", "203.0.113.2");
    }

    @Test
    void theAccessLogNamesTheReaderTheProxyNamed() {
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        Logger accessLog = (Logger) LoggerFactory.getLogger("nicepick.access");
        lines.start();
        accessLog.addAppender(lines);
        try {
            read("198.51.100.9, 203.0.113.6");
        } finally {
            accessLog.detachAppender(lines);
        }
        assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getKeyValuePairs())
                .anySatisfy(pair -> assertThat(pair.key + "=" + pair.value).isEqualTo("client=203.0.113.6")));
    }

    @Test
    void aReaderCannotPickItsAddressByForwardingOneOfItsOwnThroughTheProxy() {
        // what the proxy sends on: the reader's own header, then the address the proxy saw
        assertThat(read("198.51.100.9, 203.0.113.3").header("RateLimit-Remaining")).isEqualTo("1");
        assertThat(read("198.51.100.10, 203.0.113.3").header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(read("203.0.113.3").status()).as("the same reader, whatever it forwards").isEqualTo(429);

        assertThat(forwardedFor()).containsExactly("203.0.113.3", "203.0.113.3");
    }

    @Test
    void newReaderIdentitiesAreCountedPerReaderBehindTheProxy() {
        for (int i = 0; i < 2; i++) {
            assertThat(register("203.0.113.4").status()).isEqualTo(201);
        }
        assertThat(register("203.0.113.4").status()).isEqualTo(429);
        assertThat(register("203.0.113.5").status()).as("another reader behind the same proxy").isEqualTo(201);
    }

    @Test
    void aHeaderTheProxyGotWrongIsNoFaultOfTheReader() {
        assertThat(read("unknown").status()).isEqualTo(200);
        assertThat(api().get("/api/topics/a-topic").header("Forwarded", "for=_hidden").send().status()).isEqualTo(200);
        assertThat(forwardedFor()).as("the proxy itself is the client").containsExactly("127.0.0.1", "127.0.0.1");
    }

    @Test
    void aProxyThatWritesOnlyForwardedNamesTheReaderToo() {
        Api.Response response = api().get("/api/topics/a-topic").header("Forwarded", "for=\"[2001:db8::7]:4711\", for=10.0.0.2").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(forwardedFor()).containsExactly("2001:db8:0:0:0:0:0:7");
        assertThat(services.getAllServeEvents().getFirst().getRequest().containsHeader("Forwarded"))
                .as("the services read X-Forwarded-For only").isFalse();
    }

    private Api.Response read(String forwardedFor) {
        return api().get("/api/topics/a-topic").header("X-Forwarded-For", forwardedFor).send();
    }

    private Api.Response register(String forwardedFor) {
        return api().post("/api/readers", null).header("X-Forwarded-For", forwardedFor).send();
    }

    /** The X-Forwarded-For of each request the services received, oldest first. */
    private static List<String> forwardedFor() {
        return services.findAll(anyRequestedFor(anyUrl())).stream().map(request -> request.getHeader("X-Forwarded-For")).toList();
    }
}
