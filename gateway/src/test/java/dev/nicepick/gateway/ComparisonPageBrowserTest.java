package dev.nicepick.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The comparison page as a reader uses it (issue 14, items 1-5 and 7): a vote form that cannot contradict itself,
 * the reader's own vote shown, changed and withdrawn, the verdict and split updated without a reload, comments newest
 * first, votes on pros and cons, the verdict's words and how it was computed, links to technologies, and an archived
 * comparison that takes no votes.
 */
class ComparisonPageBrowserTest extends ReaderBrowserTest {

    /** How long a vote takes to reach the page: feedback-service, the tally event, verdict-service, the poll. */
    private static final Duration VOTE_TO_PAGE = Duration.ofSeconds(60);

    @ParameterizedTest
    @EnumSource(Width.class)
    void agreeingSendsThePickAndOnlyDisagreeingOffersTheOtherOptions(Width width) throws Exception {
        open(width, "/compare/sqlite-vs-postgresql-vs-mysql");
        String pick = pageData().path("pickInForce").asString();
        WebElement preferred = find("#preferred");

        find("#stance-disagree").click();
        assertThat(preferred.isDisplayed()).isTrue();
        assertThat(new Select(preferred).getOptions()).extracting(option -> option.getAttribute("value"))
                .as("only the options other than the pick").isNotEmpty().doesNotContain(pick);

        find("#stance-agree").click();
        assertThat(preferred.isDisplayed()).isFalse();
        assertThat(preferred.isEnabled()).as("a disabled select is not sent").isFalse();
        find("#feedback-submit").click();
        String pickName = optionName(pick);
        assertThat(feedbackStatus()).contains("Thank you: your vote for " + pickName + " is counted");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-vote"), "Your vote: I agree, " + pickName));

        JsonNode mine = api().get("/api/topics/sqlite-vs-postgresql-vs-mysql/feedback/mine").header("Cookie", browserReader()).send().json();
        assertThat(mine.path("stance").asString()).isEqualTo("agree");
        assertThat(mine.path("preferredOption").asString()).as("agree counts for the pick in force").isEqualTo(pick);
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void afterVotingThePageShowsMyVoteAndTheNewVerdictWithoutReloadAndLetsMeChangeAndWithdrawIt(Width width) throws Exception {
        String slug = "kafka-vs-rabbitmq";
        open(width, "/compare/" + slug);
        JsonNode before = pageData();
        String pick = before.path("pickInForce").asString();
        String other = otherOption(before, pick);
        String comment = "Our queues stay small; RabbitMQ routes them well (" + width + " " + UUID.randomUUID() + ").";
        String older = "An older comment (" + width + " " + UUID.randomUUID() + ").";
        assertThat(api().post("/api/topics/" + slug + "/feedback", Map.of("stance", "disagree", "preferredOption", other, "comment", older))
                .header("Cookie", readerCookie()).send().status()).isEqualTo(202);
        String splitBefore = find("#split").getText();
        script("window.sameDocument = true"); // gone if the page reloads

        find("#stance-disagree").click();
        new Select(find("#preferred")).selectByValue(other);
        find("#comment").sendKeys(comment);
        find("#feedback-submit").click();
        assertThat(feedbackStatus()).contains("Thank you: your vote for " + optionName(other) + " is counted");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-vote"), "Your vote: I disagree, " + optionName(other)));

        long revision = before.path("revision").asLong(0);
        new WebDriverWait(browser, VOTE_TO_PAGE).until(driver -> pageData().path("revision").asLong(0) > revision);
        assertThat(script("return window.sameDocument")).as("updated without a reload").isEqualTo(true);
        assertThat(find("#split").getText()).as("the readers' split with my vote").isNotEqualTo(splitBefore);
        assertThat(find("#history li[data-revision]").getAttribute("data-revision"))
                .as("the newest revision first").isEqualTo(String.valueOf(pageData().path("revision").asLong()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#comment-list > li:first-child"), comment));
        assertThat(all("#comment-list > li")).as("newest first").extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains(older));
        screenshot(width, "voted");

        find("#change-vote").click();
        assertThat(find("#comment").getAttribute("value")).isEqualTo(comment);
        find("#stance-agree").click();
        find("#feedback-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-vote"), "Your vote: I agree, " + optionName(pick)));
        assertThat(api().get("/api/topics/" + slug + "/feedback/mine").header("Cookie", browserReader()).send().json()
                .path("preferredOption").asString()).isEqualTo(pick);

        find("#withdraw-vote").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback-status"), "withdrawn"));
        assertThat(find("#my-vote").getText()).isEmpty();
        assertThat(api().get("/api/topics/" + slug + "/feedback/mine").header("Cookie", browserReader()).send().status()).isEqualTo(404);
        assertThat(script("return window.sameDocument")).isEqualTo(true);
        screenshot(width, "withdrawn");
    }

    @Test
    void changingOnlyTheCommentOfMyVoteShowsTheNewCommentWithoutReload() throws Exception {
        String slug = "rest-vs-grpc";
        open(Width.DESKTOP, "/compare/" + slug);
        long revision = pageData().path("revision").asLong(0);
        String first = "First words (" + UUID.randomUUID() + ").";
        String second = "Second thoughts (" + UUID.randomUUID() + ").";
        script("window.sameDocument = true"); // gone if the page reloads

        find("#stance-agree").click();
        find("#comment").sendKeys(first);
        find("#feedback-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#comment-list > li:first-child"), first));
        // the vote's new revision reaches the page first, so that what follows has no revision to wait for
        new WebDriverWait(browser, VOTE_TO_PAGE).until(driver -> pageData().path("revision").asLong(0) > revision);

        find("#change-vote").click();
        WebElement comment = find("#comment");
        comment.clear();
        comment.sendKeys(second);
        find("#feedback-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-vote"), second));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#comment-list > li:first-child"), second));
        assertThat(script("return window.sameDocument")).as("updated without a reload").isEqualTo(true);
        screenshot(Width.DESKTOP);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void aRefusedVoteShowsEachFieldErrorOnceBesideItsFieldAsASentence(Width width) throws Exception {
        open(width, "/compare/postgresql-vs-mongodb");
        find("#stance-disagree").click();
        find("#email").sendKeys("not an address");
        find("#feedback-submit").click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error[data-field='email']")));
        String message = error.getText();
        assertThat(message).matches("\\p{Lu}.*\\.");
        assertThat(find("#feedback-form").getText().split(java.util.regex.Pattern.quote(message), -1)).as("shown once").hasSize(2);
        assertThat(find("#feedback-status").getText()).isNotBlank().doesNotContainIgnoringCase(message.replaceAll("\\.$", ""));
        assertThat(find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void theCommentsPagerTurnsPagesWithoutReloadingNewestFirst(Width width) throws Exception {
        List<String> comments = commentedComparison();
        open(width, "/compare/" + COMMENTED);
        script("window.sameDocument = true");
        assertThat(find("#comment-list > li:first-child").getText()).contains(comments.getLast());
        find("#comments nav.pager a[rel='next']").click();
        wait.until(ExpectedConditions.urlContains("comments=2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#comment-list > li:last-child"), comments.getFirst()));
        assertThat(script("return window.sameDocument")).as("turned without a reload").isEqualTo(true);
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void theSixthClickOfTheSameVoteSaysItIsAlreadyCounted(Width width) throws Exception {
        open(width, "/compare/redis-vs-memcached");
        JsonNode page = pageData();
        find("#stance-disagree").click();
        new Select(find("#preferred")).selectByValue(otherOption(page, page.path("pickInForce").asString()));
        find("#feedback-submit").click();
        assertThat(feedbackStatus()).startsWith("Thank you");
        for (int click = 2; click <= 6; click++) {
            find("#feedback-submit").click();
            assertThat(feedbackStatus()).as("click " + click).isEqualTo("Your vote is already counted.");
        }
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void aReaderMarksAProThatMattersAndAConThatIsWrongAndTakesTheMarkBack(Width width) throws Exception {
        open(width, "/compare/java-vs-go");
        WebElement pro = find("ul.pros > li[data-item]");
        WebElement con = find("ul.cons > li[data-item]");
        WebElement matters = pro.findElement(By.cssSelector("button.item-vote"));
        WebElement wrong = con.findElement(By.cssSelector("button.item-vote"));
        assertThat(matters.getText()).isEqualTo("Matters to me");
        assertThat(wrong.getText()).isEqualTo("This is wrong");
        int before = count(pro);

        matters.click();
        wait.until(ExpectedConditions.attributeToBe(matters, "aria-pressed", "true"));
        assertThat(count(pro)).isEqualTo(before + 1);
        assertThat(pro.findElement(By.cssSelector(".item-count")).getText()).as("the server's words")
                .isEqualTo((before + 1) + ((before + 1) == 1 ? " reader" : " readers") + " marked this");
        wrong.click();
        wait.until(ExpectedConditions.attributeToBe(wrong, "aria-pressed", "true"));
        screenshot(width, "marked");

        // The marks are the reader's: a reload shows them pressed, with the counts the service holds.
        visit("/compare/java-vs-go");
        WebElement again = find("ul.pros > li[data-item] button.item-vote");
        wait.until(ExpectedConditions.attributeToBe(again, "aria-pressed", "true"));
        assertThat(count(find("ul.pros > li[data-item]"))).isEqualTo(before + 1);
        again.click();
        wait.until(ExpectedConditions.attributeToBe(again, "aria-pressed", "false"));
        assertThat(count(find("ul.pros > li[data-item]"))).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void theVerdictSaysWhatItsNumberIsOnceAndShowsHowItWasComputedAsATable(Width width) throws Exception {
        open(width, "/compare/" + SEED);
        assertThat(find("#headline").getText()).isNotBlank().doesNotContain("most readers' choice");
        String bottomLine = find("#bottom-line").getText();
        assertThat(bottomLine).startsWith("The Bottom Line: ");
        assertThat(bottomLine.split("\\bwins\\b", -1)).as("'wins' at most once: " + bottomLine).hasSizeLessThanOrEqualTo(2);
        assertThat(find("#progress progress").isDisplayed()).isTrue();
        assertThat(all("#history li[data-revision]")).isNotEmpty();

        find("#how summary").click();
        assertThat(all("#how table")).isNotEmpty().allSatisfy(table -> assertThat(table.isDisplayed()).isTrue());
        WebElement download = find("#how a#verdict-json");
        assertThat(download.getAttribute("download")).isNotNull();
        assertThat(download.getAttribute("href")).endsWith("/api/verdicts/" + SEED);
        assertThat(all("#how pre")).as("no raw JSON on the page").isEmpty();
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void aRelatedTechnologyLeadsToItsPageWithItsDisplayName(Width width) throws Exception {
        open(width, "/compare/" + SEED);
        WebElement link = find("p.related a[href^='/tech/']");
        String key = link.getAttribute("href").replaceFirst(".*/tech/", "");
        String shown = link.getText();
        assertThat(shown).as("a display name, not the key").isNotEqualTo(key);
        link.click();

        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tech-name")));
        assertThat(name.getText()).isEqualTo(shown);
        assertThat(all("#tech-comparisons > li")).isNotEmpty();
        screenshot(width);
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void anArchivedComparisonSaysSoAndOffersNoVoteForm(Width width) throws Exception {
        String slug = archivedComparison();
        open(width, "/compare/" + slug);
        assertThat(find("#archived-notice").isDisplayed()).isTrue();
        assertThat(all("#feedback-form")).isEmpty();
        assertThat(all("button.item-vote")).as("no votes on an archived comparison's pros and cons").isEmpty();
        screenshot(width);
    }

    private String optionName(String key) {
        for (JsonNode option : pageData().path("options")) {
            if (option.path("key").asString().equals(key)) {
                return option.path("name").asString();
            }
        }
        throw new AssertionError("no option " + key + " in " + pageData());
    }

    private static String otherOption(JsonNode page, String pick) {
        for (JsonNode option : page.path("options")) {
            if (!option.path("key").asString().equals(pick)) {
                return option.path("key").asString();
            }
        }
        throw new AssertionError("no option other than " + pick);
    }

    private static int count(WebElement item) {
        String text = item.findElement(By.cssSelector(".item-count")).getText().replaceAll("\\D", "");
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    private static final String COMMENTED = "graphql-vs-rest";
    /** One more than a page of comments. */
    private static final int COMMENTS = 11;
    private static List<String> commented;

    /** {@value #COMMENTS} readers' comments on {@link #COMMENTED}, oldest first (cast once per JVM). */
    private synchronized List<String> commentedComparison() {
        if (commented == null) {
            List<String> comments = new ArrayList<>();
            for (int reader = 1; reader <= COMMENTS; reader++) {
                String comment = "Comment number " + reader + " (" + UUID.randomUUID() + ")";
                assertThat(api().post("/api/topics/" + COMMENTED + "/feedback", Map.of("preferredOption", "graphql", "comment", comment))
                        .header("Cookie", readerCookie()).send().status()).isEqualTo(202);
                comments.add(comment);
            }
            commented = comments;
        }
        return commented;
    }

    private static String archived;

    /** A comparison an editor made, published and archived (once per JVM), from the API's own example. */
    private synchronized String archivedComparison() {
        if (archived == null) {
            String slug = "archived-" + UUID.randomUUID().toString().substring(0, 8);
            String editor = tokens().mint("browser-editor", "editor");
            String example = api().get("/docs/api/topics").send().json().path("paths").path("/api/topics").path("post")
                    .path("requestBody").path("content").path("application/json").path("examples").path("draft").path("value")
                    .toString().replace("\"rest-vs-grpc\"", "\"" + slug + "\"");
            assertThat(api().post("/api/topics", example).bearer(editor).send().status()).isEqualTo(201);
            assertThat(api().post("/api/topics/" + slug + "/publish", null).bearer(editor).send().status()).isEqualTo(200);
            assertThat(api().post("/api/topics/" + slug + "/archive", null).bearer(editor).send().status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/topics/" + slug).send().json()
                    .path("status").asString().equals("archived"));
            archived = slug;
        }
        return archived;
    }
}
