package dev.nicepick.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three seed comparisons that show the outcomes beyond "X wins" (issue 14): one to use both, one readers have
 * made too close to call, and one whose editors are warned that its options are of different kinds.
 */
class NewOutcomesBrowserTest extends ReaderBrowserTest {

    private static final String USE_BOTH = "unit-testing-vs-integration-testing";
    private static final String TOO_CLOSE = "monorepo-vs-polyrepo";
    private static final String MISMATCHED = "microservices-vs-docker";

    /** Readers split evenly: half for each option, each vote from a reader of its own. */
    private static final int SPLIT_VOTES = 30;

    @ParameterizedTest
    @EnumSource(Width.class)
    void aComplementaryComparisonSaysUseBothAndAsksWhichMattersMore(Width width) throws Exception {
        open(width, "/compare/" + USE_BOTH);
        assertThat(find("#outcome-badge").getText()).isEqualTo("Use both");
        assertThat(all("#nice-pick")).isEmpty();
        assertThat(find("#headline").getText()).startsWith("Use both");
        assertThat(all("#feedback-form [name='stance']")).as("no agree/disagree: both are recommended").isEmpty();
        List<WebElement> choices = all("#feedback-form input[type='radio'][name='preferredOption']");
        assertThat(choices).hasSize(2);

        choices.getLast().click();
        find("#feedback-submit").click();
        assertThat(feedbackStatus()).startsWith("Thank you");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-vote"), "matters more"));
        assertThat(find("#my-vote").getText()).startsWith("Your vote: ").doesNotContain("null", "undefined");
        assertThat(api().get("/api/topics/" + USE_BOTH + "/feedback/mine").header("Cookie", browserReader()).send().json()
                .path("preferredOption").asString()).isEqualTo(choices.getLast().getAttribute("value"));
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void aComparisonReadersSplitEvenlyIsTooCloseToCall(Width width) throws Exception {
        splitReadersEvenly();
        open(width, "/compare/" + TOO_CLOSE);
        assertThat(find("#outcome-badge").getText()).isEqualTo("Too close to call");
        assertThat(all("#nice-pick")).as("no winner's badge").isEmpty();
        assertThat(find("#headline").getText()).startsWith("Too close to call");
        assertThat(find("#split").getText()).contains(String.valueOf(SPLIT_VOTES / 2));
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void theEditorsPageShowsTheMismatchedKindsWarning(Width width) throws Exception {
        open(width, "/editor");
        find("#editor-token").sendKeys(tokens().mint("browser-editor", "editor"));
        find("#editor-slug").sendKeys(MISMATCHED);
        find("#editor-form button[type='submit'], #editor-form button:not([type])").click();
        WebElement warning = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("ul#warnings > li[data-code='mismatched-kinds']")));
        assertThat(warning.getText()).isNotBlank();
        assertThat(find("#editor-publish").isDisplayed()).as("warnings never block publishing").isTrue();
        screenshot(width);

        open(width, "/compare/" + MISMATCHED);
        assertThat(find("#title").getText()).isNotBlank();
        screenshot(width, "page");
    }

    private static boolean split;

    /** {@value #SPLIT_VOTES} readers, half for each option, through the API (once per JVM); then the verdict is too close. */
    private synchronized void splitReadersEvenly() {
        if (!split) {
            JsonNode topic = api().get("/api/topics/" + TOO_CLOSE).send().json();
            List<String> options = new ArrayList<>();
            topic.path("options").forEach(option -> options.add(option.path("key").asString()));
            String pick = topic.path("editorialPick").path("option").asString();
            for (int reader = 0; reader < SPLIT_VOTES; reader++) {
                String option = options.get(reader % 2);
                Map<String, String> vote = Map.of("stance", option.equals(pick) ? "agree" : "disagree", "preferredOption", option);
                assertThat(api().post("/api/topics/" + TOO_CLOSE + "/feedback", vote).header("Cookie", readerCookie()).send().status())
                        .isEqualTo(202);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                JsonNode verdict = api().get("/api/verdicts/" + TOO_CLOSE).send().json();
                return "too-close".equals(verdict.path("outcome").asString()) && verdict.path("progress").path("votes").asInt() >= SPLIT_VOTES;
            });
            split = true;
        }
    }
}
