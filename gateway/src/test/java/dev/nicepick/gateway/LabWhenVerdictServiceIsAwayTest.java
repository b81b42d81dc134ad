package dev.nicepick.gateway;

import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import dev.nicepick.testsupport.process.RunningServices;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab while verdict-service does not answer (the gateway points at a port where nothing listens): every figure
 * still answers 200, the parts verdict-service gives are null and it is named as unavailable, and the page says so
 * in its panels instead of blanking.
 */
class LabWhenVerdictServiceIsAwayTest extends GatewayTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        route(registry, "topics-service", RunningServices.get().topics().url());
        route(registry, "verdict-service", "http://127.0.0.1:" + FreePorts.next());
        route(registry, "feedback-service", RunningServices.get().service("feedback-service").url());
    }

    @Test
    void eachFigureNamesVerdictServiceAsUnavailableAndNullsItsPart() {
        JsonNode scaling = ok("/api/lab/scaling");
        assertThat(scaling.path("unavailable").values().stream().map(JsonNode::asString)).containsExactly("verdict-service");
        assertThat(scaling.path("cores").isNull() && scaling.path("local").isNull() && scaling.path("distributed").isNull()).isTrue();

        JsonNode consistency = ok("/api/lab/consistency");
        assertThat(consistency.path("hops").path("vote-to-verdict").isNull()).isTrue();
        assertThat(consistency.path("unavailable").values().stream().map(JsonNode::asString)).contains("verdict-service");

        JsonNode availability = ok("/api/lab/availability");
        assertThat(availability.path("unavailable").values().stream().map(JsonNode::asString)).contains("verdict-service");
        assertThat(availability.path("routes").size()).isEqualTo(3);

        assertThat(api().get("/api/lab/scaling?format=csv").send().status()).isEqualTo(200);
    }

    @Test
    void theLabPageSaysWhichPanelLacksItsServiceAndShowsTheRest() {
        api().get("/api/verdicts/" + GatewayTest.SEED).send(); // answered stale by the fallback, and counted so
        Api.Response response = api().get("/lab").send();
        assertThat(response.status()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#scaling p.unavailable").text()).contains("verdict-service is not answering");
        assertThat(page.select("#availability p.unavailable").text()).contains("verdict-service");
        assertThat(page.select("#availability-table tr[data-route]")).hasSize(3);
        assertThat(Long.parseLong(page.select("#availability-table tr[data-route=verdicts] td.stale").text())).isPositive();
    }

    private JsonNode ok(String path) {
        Api.Response response = api().get(path).send();
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.json();
    }
}
