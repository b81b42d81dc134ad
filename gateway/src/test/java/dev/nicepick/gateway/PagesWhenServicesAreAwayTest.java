package dev.nicepick.gateway;

import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import dev.nicepick.testsupport.process.RunningServices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A comparison page while verdict-service and feedback-service do not answer (the gateway is pointed at ports where
 * nothing listens): the page is still served, its verdict is the one topics-service embeds, marked stale, and its
 * comments section says they are unavailable. Only the sections that needed the absent services degrade.
 */
class PagesWhenServicesAreAwayTest extends GatewayTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        route(registry, "topics-service", RunningServices.get().service("topics-service").url());
        route(registry, "verdict-service", "http://127.0.0.1:" + FreePorts.next());
        route(registry, "feedback-service", "http://127.0.0.1:" + FreePorts.next());
    }

    @Test
    void theComparisonPageShowsTheEmbeddedVerdictAsStaleAndSaysCommentsAreUnavailable() {
        // topics-service embeds the verdict once it has read the first one from verdicts.v1
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/topics/" + SEED).send().json().path("verdict").isObject());
        Api.Response response = api().get("/compare/" + SEED).send();
        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());

        assertThat(page.select("h1#title").text()).isEqualTo("Distributed Systems vs Multiprocessing");
        assertThat(page.select("article.option")).hasSize(2);
        assertThat(page.select("p#stale").text()).contains("out of date");
        assertThat(page.select("p#headline").text()).startsWith("Our pick: Distributed Systems");
        assertThat(page.select("span#nice-pick").parents().select("article").attr("data-option")).isEqualTo("distributed-systems");
        assertThat(page.select("p#bottom-line").text()).startsWith("The Bottom Line: ");
        assertThat(page.select("section#comments").text()).contains("Comments are unavailable right now");
        assertThat(page.select("section#history").text()).contains("No revision yet");
    }
}
