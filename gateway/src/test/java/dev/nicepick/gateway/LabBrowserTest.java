package dev.nicepick.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser test: an administrator opens {@code /lab}, starts a latency drill on verdict-service while a
 * bounded reader loop (127.0.0.1 only, stopping by itself) reads a verdict through the gateway, sees the breaker open
 * and stale verdicts counted, sees it recover with the recovery time shown, runs a local recompute experiment and
 * sees it in the scaling table and chart. Screenshots at 1280 and 390 px: {@code lab-drill-running},
 * {@code lab-recovered}, {@code lab-experiment} ({@code -desktop}, {@code -phone}). Breakers are small and quick here
 * so that opening and closing take seconds.
 */
class LabBrowserTest extends ReaderBrowserTest {

    private static final int READERS = 3;
    private static final int MAX_READS_PER_READER = 1500;
    private static final Duration READING_AT_MOST = Duration.ofMinutes(4);

    private final AtomicBoolean stopReading = new AtomicBoolean();
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS);

    @DynamicPropertySource
    static void quickBreakers(DynamicPropertyRegistry registry) {
        registry.add("resilience4j.circuitbreaker.configs.default.sliding-window-size", () -> "8");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "4");
        registry.add("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", () -> "3s");
        // the reader loop reads from one address, faster than a reader would
        registry.add("nicepick.gateway.rate-limit.reads-per-minute", () -> "100000");
    }

    @AfterEach
    void stopReaders() {
        stopReading.set(true);
        readers.shutdownNow();
    }

    @Test
    void anAdministratorDrillsVerdictServiceSeesReadersServedStaleAndTheRecoveryThenMeasuresARecompute() throws Exception {
        open(Width.DESKTOP, "/lab");
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofMinutes(2));
        find("#lab-token").sendKeys(tokens().mint("lab-admin", "admin"));
        new Select(find("#drill-service")).selectByValue("verdict-service");
        new Select(find("#drill-fault")).selectByValue("latency");
        find("#drill-seconds").clear();
        find("#drill-seconds").sendKeys("15");
        List<Future<Integer>> loops = readVerdictsUntilStopped();

        find("#drill-start").click();
        String started = wait.until(driver -> text("#lab-status").contains("runs until") || text("#lab-status").contains("Refused")
                ? text("#lab-status") : null);
        assertThat(started).contains("latency drill on verdict-service");

        // the breaker opened (a second not closed is counted) and readers got the stale verdict meanwhile
        slow.until(driver -> number("#availability-table tr[data-route=verdicts] td.open-seconds") > 0
                && number("#drill-table tr[data-route=verdicts] td.stale") > 0);
        assertThat(text("#drill-summary")).contains("latency drill on verdict-service");
        screenshots("lab-drill-running");

        String recovered = slow.until(driver -> text("#drill-recovery").startsWith("Recovered") ? text("#drill-recovery") : null);
        assertThat(recovered).matches("Recovered \\d+ s after the drill ended\\.");
        assertThat(text("#availability-table tr[data-route=verdicts] td.breaker")).isEqualTo("closed");
        stopReading.set(true);
        int reads = 0;
        for (Future<Integer> loop : loops) {
            reads += loop.get();
        }
        assertThat(reads).isPositive();
        screenshots("lab-recovered");

        new Select(find("#experiment-mode")).selectByValue("local");
        find("#experiment-threads").clear();
        find("#experiment-threads").sendKeys("2");
        find("#experiment-passes").clear();
        find("#experiment-passes").sendKeys("1");
        find("#experiment-start").click();
        String ran = slow.until(driver -> text("#lab-status").startsWith("Done") || text("#lab-status").contains("Refused")
                ? text("#lab-status") : null);
        assertThat(ran).startsWith("Done");
        // the panels are refreshed every 2 s: read by selector each time, never through an element found before
        String throughput = slow.until(driver -> text("#scaling-table tr[data-mode=local][data-x='2'] td.units-per-second").isEmpty()
                ? null : text("#scaling-table tr[data-mode=local][data-x='2'] td.units-per-second"));
        assertThat(Double.parseDouble(throughput)).isPositive();
        assertThat(all("#scaling figure.chart svg[role=img]")).hasSize(1);
        screenshots("lab-experiment");
    }

    /** Readers of the seed's verdict through the gateway, on 127.0.0.1 only, until stopped, a deadline or a bounded count. */
    private List<Future<Integer>> readVerdictsUntilStopped() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/verdicts/" + SEED))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(READING_AT_MOST);
        List<Future<Integer>> loops = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            loops.add(readers.submit(() -> {
                AtomicInteger count = new AtomicInteger();
                while (!stopReading.get() && Instant.now().isBefore(deadline) && count.get() < MAX_READS_PER_READER) {
                    try {
                        http.send(read, HttpResponse.BodyHandlers.discarding());
                    } catch (IOException answeredBadly) {
                        // counted by the gateway as what it was; the loop goes on
                    }
                    count.incrementAndGet();
                }
                return count.get();
            }));
        }
        return loops;
    }

    /** The text of the first element {@code css} selects, read in one step (the panels are replaced every 2 s). */
    private String text(String css) {
        return String.valueOf(script("const found = document.querySelector(arguments[0]); return found ? found.textContent.trim() : '';", css));
    }

    private long number(String css) {
        String text = text(css);
        return text.matches("\\d+") ? Long.parseLong(text) : 0;
    }

    /** The page as it is, at 1280 px and at 390 px (the phone's viewport emulated for the second shot). */
    private void screenshots(String name) throws IOException {
        screenshotAs(name + "-desktop", Width.DESKTOP);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", Width.PHONE.width, "height", Width.PHONE.height,
                "deviceScaleFactor", 2, "mobile", true));
        try {
            screenshotAs(name + "-phone", Width.PHONE);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
