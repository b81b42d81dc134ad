package dev.nicepick.gateway;

import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import dev.nicepick.testsupport.process.RunningServices;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages made of topics-service's data while it does not answer: a readable 503 page with {@code Retry-After}, never a
 * bare error or a page that pretends there is nothing.
 */
class PagesWithoutTopicsServiceTest extends GatewayTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        route(registry, "topics-service", "http://127.0.0.1:" + FreePorts.next());
        route(registry, "verdict-service", RunningServices.get().service("verdict-service").url());
        route(registry, "feedback-service", RunningServices.get().service("feedback-service").url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/compare/" + SEED, "/tech/postgresql", "/sitemap.xml"})
    void aPageWhoseTopicsServiceIsAwayIsAReadable503(String path) {
        Api.Response response = api().get(path).send();
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("text/html");
        assertThat(response.header("Retry-After")).isEqualTo("10");
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Temporarily unavailable");
    }
}
