package dev.nicepick.gateway;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * A reader's visit, and an API client's first steps in {@code /docs}, in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which
 * {@code .ci/run} installs; nothing is downloaded at test time), against the gateway and the real services.
 */
class BrowserTest extends GatewayTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    private WebDriver browser;
    private WebDriverWait wait;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    @BeforeEach
    void openBrowser() {
        boolean installed = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (System.getenv("CI") != null) {
            assertThat(installed).as("CI installs chromium and chromium-driver (see .ci/run)").isTrue();
        }
        assumeThat(installed).as("needs Debian's chromium and chromium-driver: apt-get install chromium chromium-driver").isTrue();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--window-size=1280,2000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderSearchesOpensTheSeedComparisonAndDisagrees() throws Exception {
        // The page shows the verdict-service's verdict once it has computed the seed's first one.
        await().atMost(Duration.ofSeconds(60)).until(() -> api().get("/api/verdicts/" + SEED).send().status() == 200);
        String home = "http://127.0.0.1:" + port + "/";
        browser.get(home);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("topic-list")));
        assertThat(browser.findElements(By.cssSelector("#categories .chip"))).isNotEmpty();
        assertThat(browser.findElement(By.id("topic-list")).getText()).contains("Nice Pick: Distributed Systems");

        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("multiprocessing");
        search.submit();
        wait.until(ExpectedConditions.urlContains("q=multiprocessing"));
        WebElement result = wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Distributed Systems vs Multiprocessing")));
        assertThat(browser.findElements(By.cssSelector("#topic-list li"))).hasSizeLessThan(14);
        result.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nice-pick")));
        assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Distributed Systems vs Multiprocessing");
        WebElement badge = browser.findElement(By.id("nice-pick"));
        assertThat(badge.getText()).isEqualTo("Nice Pick");
        assertThat(browser.findElement(By.id("option-distributed-systems")).getText()).contains("Distributed Systems");
        assertThat(browser.findElement(By.cssSelector("#option-distributed-systems #nice-pick")).isDisplayed()).isTrue();
        List<WebElement> useIf = browser.findElements(By.cssSelector("#use-if li"));
        assertThat(useIf).extracting(WebElement::getText).anySatisfy(line -> assertThat(line).startsWith("Use Distributed Systems if"))
                .anySatisfy(line -> assertThat(line).startsWith("Use Multiprocessing if"));
        assertThat(browser.findElement(By.id("bottom-line")).getText())
                .startsWith("The Bottom Line: Distributed Systems wins").contains("fault-tolerant");
        assertThat(browser.findElements(By.id("stale"))).isEmpty();

        new Select(browser.findElement(By.id("preferred"))).selectByVisibleText("Multiprocessing");
        browser.findElement(By.id("comment")).sendKeys("One machine's cores are plenty for our batch jobs.");
        browser.findElement(By.id("feedback-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "Thank you"));
        assertThat(browser.findElement(By.id("feedback-status")).getText()).contains("Multiprocessing is counted");

        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        Path shot = screenshots.resolve("comparison-page.png");
        Files.write(shot, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(shot)).isPositive();
    }

    @Test
    void docsTryItOutWorksThroughTheGatewayForReadsAndWithATokenForWrites() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/docs");
        WebElement read = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("operations-Topics-getTopic")));
        read.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.elementToBeClickable(read.findElement(By.cssSelector(".try-out__btn")))).click();
        read.findElement(By.cssSelector("input[placeholder='slug']")).sendKeys("rest-vs-grpc");
        read.findElement(By.cssSelector(".execute")).click();
        assertThat(liveStatus(read, "")).isEqualTo("200");

        // Without a token a write is refused; with one it is made, all through the gateway Swagger UI runs behind.
        WebElement write = browser.findElement(By.id("operations-Topics-createTopic"));
        write.findElement(By.cssSelector(".opblock-summary-control")).click();
        wait.until(ExpectedConditions.elementToBeClickable(write.findElement(By.cssSelector(".try-out__btn")))).click();
        WebElement body = wait.until(ExpectedConditions.visibilityOf(write.findElement(By.cssSelector("textarea.body-param__text"))));
        String slug = "docs-" + UUID.randomUUID().toString().substring(0, 8);
        body.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        body.sendKeys(api().get("/docs/api/topics").send().json().path("paths").path("/api/topics").path("post").path("requestBody")
                .path("content").path("application/json").path("examples").path("draft").path("value").toString()
                .replace("\"rest-vs-grpc\"", "\"" + slug + "\""));
        write.findElement(By.cssSelector(".execute")).click();
        assertThat(liveStatus(write, "")).isEqualTo("401");

        browser.findElement(By.cssSelector(".scheme-container .btn.authorize")).click();
        WebElement bearer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'auth-container')][.//h4[contains(normalize-space(.),'bearer')]]")));
        bearer.findElement(By.cssSelector("input")).sendKeys(tokens().mint("docs-editor", "editor"));
        bearer.findElement(By.cssSelector(".btn.authorize")).click();
        browser.findElement(By.cssSelector(".modal-ux .btn-done")).click();
        write.findElement(By.cssSelector(".execute")).click();
        assertThat(liveStatus(write, "401")).isEqualTo("201");
        assertThat(api().get("/api/topics/" + slug).bearer(tokens().mint("check", "editor")).send().status()).isEqualTo(200);

        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        Files.write(screenshots.resolve("docs-try-it-out.png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** The status of the answer Swagger UI shows for an operation's last "Execute", once it is not {@code before}. */
    private String liveStatus(WebElement operation, String before) {
        By status = By.cssSelector(".live-responses-table .response-col_status");
        return wait.until(driver -> operation.findElements(status).stream().map(WebElement::getText).map(String::strip)
                .filter(text -> text.matches("\\d{3}.*")).map(text -> text.substring(0, 3)).filter(code -> !code.equals(before))
                .findFirst().orElse(null));
    }
}
