package dev.nicepick.gateway;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API client's first steps in {@code /docs} (Swagger UI), in real headless Chromium, against the gateway and the
 * real services. What readers see of the pages: {@link HomePageBrowserTest}, {@link ComparisonPageBrowserTest},
 * {@link NewOutcomesBrowserTest}.
 */
class BrowserTest extends ReaderBrowserTest {

    @Test
    void docsTryItOutWorksThroughTheGatewayForReadsAndWithATokenForWrites() throws Exception {
        start(Width.DESKTOP);
        browser.get(url("/docs"));
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
        String topic = api().get("/docs/api/topics").send().json().path("paths").path("/api/topics").path("post").path("requestBody")
                .path("content").path("application/json").path("examples").path("draft").path("value").toString()
                .replace("\"rest-vs-grpc\"", "\"" + slug + "\"");
        // Typed key by key, Swagger UI re-renders the whole operation per character (minutes on a busy 2-core machine):
        // the text is set as a paste would, through the value setter React listens to.
        ((JavascriptExecutor) browser).executeScript("const area = arguments[0];"
                + "Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(area, arguments[1]);"
                + "area.dispatchEvent(new Event('input', { bubbles: true }));", body, topic);
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

        screenshot(Width.DESKTOP);
    }

    /** The status of the answer Swagger UI shows for an operation's last "Execute", once it is not {@code before}. */
    private String liveStatus(WebElement operation, String before) {
        By status = By.cssSelector(".live-responses-table .response-col_status");
        return wait.until(driver -> operation.findElements(status).stream().map(WebElement::getText).map(String::strip)
                .filter(text -> text.matches("\\d{3}.*")).map(text -> text.substring(0, 3)).filter(code -> !code.equals(before))
                .findFirst().orElse(null));
    }
}
