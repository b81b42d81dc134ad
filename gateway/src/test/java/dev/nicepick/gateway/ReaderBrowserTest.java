package dev.nicepick.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A gateway test that reads the pages as a reader does: in real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs; nothing is downloaded at test time), at a desktop's or a
 * phone's width, against the gateway and the real services. Each test saves full-page screenshots under
 * {@code target/screenshots/}, named {@code <test>-<width>[-<step>].png}.
 */
abstract class ReaderBrowserTest extends GatewayTest {

    /** The widths a page is read at: a desktop window, and a phone (CSS pixels, emulated with its viewport). */
    enum Width {
        DESKTOP(1280, 900), PHONE(390, 844);

        final int width;
        final int height;

        Width(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected ChromeDriver browser;
    protected WebDriverWait wait;
    private String testName;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    @BeforeEach
    void needsChromium(TestInfo test) {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI installs chromium and chromium-driver (see .ci/run)").isTrue();
        }
        assumeThat(installed).as("needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver").isTrue();
        testName = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Opens a new browser (a new reader: no cookies) at {@code width} on {@code path}, once its scripts have run. */
    protected void open(Width width, String path) {
        start(width);
        visit(path);
    }

    /** Starts a new browser (a new reader: no cookies) at {@code width}, on no page yet. */
    protected void start(Width width) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--window-size=" + width.width + "," + width.height);
        if (width == Width.PHONE) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width.width, "height", width.height, "pixelRatio", 2.0, "mobile", true, "touch", true)));
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Goes to {@code path} in the open browser and waits until the page's scripts have enhanced it. */
    protected void visit(String path) {
        browser.get(url(path));
        waitForScripts();
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void waitForScripts() {
        wait.until(driver -> "true".equals(script("return document.documentElement.dataset.enhanced")));
    }

    protected Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    protected WebElement find(String css) {
        return browser.findElement(By.cssSelector(css));
    }

    protected java.util.List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** The vote form's status line once a send has finished (no longer "Sending…", and the button takes the next). */
    protected String feedbackStatus() {
        return wait.until(driver -> {
            String text = find("#feedback-status").getText();
            return text.isBlank() || text.startsWith("Sending") || !find("#feedback-submit").isEnabled() ? null : text;
        });
    }

    /** The comparison page's {@code #page-data}: slug, type, pickInForce, revision, archived, options. */
    protected JsonNode pageData() {
        return JSON.readTree((String) script("return document.getElementById('page-data').textContent"));
    }

    /** This browser's reader identity, as a {@code Cookie} header value for API calls made as the same reader. */
    protected String browserReader() {
        Cookie cookie = browser.manage().getCookieNamed("nicepick_reader");
        assertThat(cookie).as("the page made this browser a reader").isNotNull();
        return cookie.getName() + "=" + cookie.getValue();
    }

    /** Saves the whole page (not only the viewport) as {@code <test>-<width>[-step].png}. */
    protected Path screenshot(Width width, String... step) throws IOException {
        return screenshotAs(testName + "-" + width.name().toLowerCase() + (step.length == 0 ? "" : "-" + String.join("-", step)), width);
    }

    /** Saves the whole page (not only the viewport), at {@code width}'s width, as {@code <name>.png}. */
    protected Path screenshotAs(String name, Width width) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        long height = ((Number) script("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width.width, "height", Math.max(height, width.height), "scale", 1)));
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        assertThat(Files.size(file)).isPositive();
        return file;
    }
}
