package dev.nicepick.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import dev.nicepick.testsupport.process.RunningServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault tolerance with replicas: verdict-service as two instances (stand-ins), one of them failing or slow. A read
 * that meets the bad instance is tried again through the balancer, so readers get the healthy one's fresh verdict.
 */
class OneFailingReplicaTest extends GatewayTest {

    private static final String VERDICT = "/api/verdicts/" + SEED;
    private static final WireMockServer bad = new WireMockServer(options().port(FreePorts.next()));
    private static final WireMockServer good = new WireMockServer(options().port(FreePorts.next()));

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        bad.start();
        good.start();
        route(registry, "topics-service", RunningServices.get().topics().url());
        route(registry, "feedback-service", RunningServices.get().service("feedback-service").url());
        registry.add("spring.cloud.discovery.client.simple.instances.verdict-service[0].uri", bad::baseUrl);
        registry.add("spring.cloud.discovery.client.simple.instances.verdict-service[1].uri", good::baseUrl);
        // room for one try at the slow instance (the route gives each try 1 s) and one at the healthy one
        registry.add("resilience4j.timelimiter.instances.verdicts.timeout-duration", () -> "5s");
    }

    @AfterAll
    static void stopStandIns() {
        bad.stop();
        good.stop();
    }

    @BeforeEach
    void healthyGoodInstance() {
        bad.resetAll();
        good.resetAll();
        good.stubFor(get(urlPathEqualTo(VERDICT)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"topic\":\"" + SEED + "\",\"winner\":\"distributed-systems\",\"revision\":7}")));
    }

    @Test
    void readsThatMeetAFailingInstanceAreAnsweredFreshByTheOther() {
        bad.stubFor(get(urlPathEqualTo(VERDICT)).willReturn(aResponse().withStatus(500)));

        for (int i = 0; i < 6; i++) {
            assertFresh(api().get(VERDICT).send());
        }
        assertThat(bad.findAll(getRequestedFor(urlPathEqualTo(VERDICT)))).as("the failing instance was tried").hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void readsThatMeetASlowInstanceAreAnsweredFreshByTheOther() {
        bad.stubFor(get(urlPathEqualTo(VERDICT)).willReturn(aResponse().withStatus(200).withFixedDelay(4_000)));

        for (int i = 0; i < 3; i++) {
            assertFresh(api().get(VERDICT).send());
        }
        assertThat(bad.findAll(getRequestedFor(urlPathEqualTo(VERDICT)))).as("the slow instance was tried").isNotEmpty();
    }

    private static void assertFresh(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.header("X-Verdict-Stale")).isNull();
        assertThat(response.json().path("revision").asInt()).isEqualTo(7);
    }
}
