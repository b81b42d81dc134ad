package dev.nicepick.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page as a reader uses it: the first screen shows comparisons (on a phone the filters stay folded), a
 * search leads to a comparison, and "Suggest a comparison" answers on the page.
 */
class HomePageBrowserTest extends ReaderBrowserTest {

    @ParameterizedTest
    @EnumSource(Width.class)
    void theFirstScreenShowsTheFirstComparisonAndASearchLeadsToIt(Width width) throws Exception {
        open(width, "/");
        WebElement first = find("#topic-list > li.topic-card");
        double top = ((Number) script("return arguments[0].getBoundingClientRect().top", first)).doubleValue();
        assertThat(top).as("the first card starts on the first screen").isLessThan(width.height);
        assertThat(find("#filters").getAttribute("open")).as("filters open on a desktop, folded on a phone")
                .isEqualTo(width == Width.DESKTOP ? "true" : null);
        assertThat(all("nav#sort a")).as("newest, most voted, most contested").hasSize(3)
                .allSatisfy(sort -> assertThat(sort.isDisplayed()).isTrue());
        screenshot(width);

        WebElement search = find("#q");
        search.sendKeys("multiprocessing");
        search.submit();
        wait.until(ExpectedConditions.urlContains("q=multiprocessing"));
        waitForScripts();
        assertThat(all("#topic-list > li")).hasSizeLessThan(14);
        find("#topic-list a.topic-link[href='/compare/" + SEED + "']").click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).getText())
                .isEqualTo("Distributed Systems vs Multiprocessing");
    }

    @ParameterizedTest
    @EnumSource(Width.class)
    void aReaderSuggestsAComparisonAndHearsThatItArrivedOnce(Width width) throws Exception {
        open(width, "/");
        String first = "Zig " + UUID.randomUUID().toString().substring(0, 6);
        find("#suggest-first").sendKeys(first);
        find("#suggest-second").sendKeys("Rust");
        find("#suggest-reason").sendKeys("Both promise safety without a garbage collector.");
        find("#suggest-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggest-status"), "Thank you"));
        assertThat(find("#suggest-status").getText()).contains(first + " vs Rust");
        screenshot(width);

        find("#suggest-first").sendKeys(first);
        find("#suggest-second").sendKeys("Rust");
        find("#suggest-submit").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggest-status"), "before"));
    }
}
