package dev.nicepick.gateway;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.testsupport.process.RunningServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace per request across the gateway and the service behind it, and its id in both JSON log lines beside the
 * request id: the gateway passes its trace on to the service (W3C {@code traceparent}), and continues a trace the
 * client started.
 */
@ExtendWith(OutputCaptureExtension.class)
// the application's own logging configuration (JSON lines), not test-support's logback-test.xml
@TestPropertySource(properties = "logging.config=classpath:logback-spring.xml")
class TraceCorrelationTest extends GatewayTest {

    private static final Pattern TRACE_ID = Pattern.compile("\"traceId\":\"([0-9a-f]{32})\"");
    private static final Pattern SPAN_ID = Pattern.compile("\"spanId\":\"([0-9a-f]{16})\"");
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    @Test
    void theGatewaysAccessLineAndTheServicesNameTheSameTrace(CapturedOutput output) {
        String id = "traced-" + UUID.randomUUID();

        assertThat(api().get("/api/topics/" + SEED).header(HeaderNames.REQUEST_ID, id).send().status()).isEqualTo(200);

        String gatewayLine = accessLine(output, id);
        assertThat(SPAN_ID.matcher(gatewayLine).find()).as(gatewayLine).isTrue();
        String trace = traceId(gatewayLine);
        assertThat(trace).isNotEqualTo("0".repeat(32));
        assertThat(traceId(serviceAccessLine(id))).as("the service continues the gateway's trace").isEqualTo(trace);
    }

    @Test
    void aTraceTheClientStartedGoesOnThroughTheGatewayToTheService(CapturedOutput output) {
        String id = "client-traced-" + UUID.randomUUID();
        String trace = HexFormat.of().formatHex(randomBytes(16));
        String traceParent = "00-" + trace + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";

        assertThat(api().get("/api/topics/" + SEED).header(HeaderNames.REQUEST_ID, id).header("traceparent", traceParent)
                .send().status()).isEqualTo(200);

        assertThat(traceId(accessLine(output, id))).isEqualTo(trace);
        assertThat(traceId(serviceAccessLine(id))).isEqualTo(trace);
    }

    private static String accessLine(CapturedOutput output, String requestId) {
        return await().atMost(DEADLINE).until(() -> output.getOut().lines()
                .filter(line -> line.contains("\"requestId\":\"" + requestId + "\"") && line.contains("\"nicepick.access\""))
                .findFirst().orElse(null), line -> line != null);
    }

    /** topics-service's access line for the request, from its console output. */
    private static String serviceAccessLine(String requestId) {
        return await().atMost(DEADLINE).until(() -> {
            try (var lines = Files.lines(RunningServices.get().topics().log())) {
                return lines.filter(line -> line.contains("\"requestId\":\"" + requestId + "\"") && line.contains("\"nicepick.access\""))
                        .findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        }, line -> line != null);
    }

    private static String traceId(String line) {
        Matcher matcher = TRACE_ID.matcher(line);
        assertThat(matcher.find()).as("a trace id in " + line).isTrue();
        return matcher.group(1);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
