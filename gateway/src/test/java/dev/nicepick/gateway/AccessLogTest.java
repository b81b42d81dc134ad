package dev.nicepick.gateway;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import dev.nicepick.api.HeaderNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The access log reaches the console as a structured line, written through a queue (logback-spring.xml) so that the
 * event loop answering the request never encodes or writes it, and never dropped however full the queue is.
 */
@ExtendWith(OutputCaptureExtension.class)
// the application's own logging configuration, not test-support's logback-test.xml, which tests otherwise find first
@TestPropertySource(properties = "logging.config=classpath:logback-spring.xml")
class AccessLogTest extends GatewayTest {

    @Test
    void eachAnswerIsLoggedOnTheConsoleByTheQueueNotTheEventLoop(CapturedOutput output) {
        String id = "access-" + UUID.randomUUID();

        assertThat(api().get("/api/no-such-operation").header(HeaderNames.REQUEST_ID, id).send().status()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("\"requestId\":\"" + id + "\"")))
                .singleElement().asString()
                .contains("\"logger\":\"nicepick.access\"", "\"status\":404", "GET /api/no-such-operation 404"));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("ASYNC_CONSOLE")).isInstanceOfSatisfying(AsyncAppender.class, queue -> {
            assertThat(queue.getDiscardingThreshold()).as("no INFO line dropped from a filling queue").isZero();
            assertThat(queue.isNeverBlock()).as("a full queue makes the logger wait rather than lose the line").isFalse();
        });
    }
}
