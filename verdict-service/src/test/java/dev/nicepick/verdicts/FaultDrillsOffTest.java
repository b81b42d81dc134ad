package dev.nicepick.verdicts;

import de.codecentric.spring.boot.chaos.monkey.configuration.ChaosMonkeySettings;
import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drills are off unless configured: refused with the setting to change, and Chaos Monkey is not on the request path. */
class FaultDrillsOffTest extends ServiceIntegrationTest {

    @Autowired
    private ApplicationContext context;

    @Test
    void drillsAreRefusedAndSaySoWhenNotEnabled() {
        Response refused = api().post("/api/lab/drills", Map.of("fault", "latency", "seconds", 30))
                .bearer(tokens().mint("admin-1", "admin")).send();

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Fault drills are off on this service: set nicepick.lab.drills.enabled=true");
        JsonNode drills = api().get("/api/lab/drills").send().json();
        assertThat(drills.get("service").asString()).isEqualTo("verdict-service");
        assertThat(drills.get("enabled").asBoolean()).isFalse();
        assertThat(drills.get("refusal").asString()).isEqualTo("disabled");
        assertThat(drills.get("current").isNull()).isTrue();
    }

    @Test
    void chaosMonkeyIsNotLoadedAndNoControllerIsWrapped() {
        assertThat(context.getBeanNamesForType(ChaosMonkeySettings.class)).isEmpty();
        assertThat(context.getBeansWithAnnotation(RestController.class).values()).noneMatch(AopUtils::isAopProxy);
    }
}
