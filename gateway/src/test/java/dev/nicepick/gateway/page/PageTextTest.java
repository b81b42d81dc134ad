package dev.nicepick.gateway.page;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One probability, one number: pages round percentages down, as verdict-engine's headlines do. */
class PageTextTest {

    @Test
    void percentagesAreRoundedDownToWholePercentsAndNeverClaimCertainty() {
        assertThat(PageText.percent(0.729)).as("the headline's 72%").isEqualTo("72%");
        assertThat(PageText.percent(0.8999)).as("never 90% before the 90% threshold is reached").isEqualTo("89%");
        assertThat(PageText.percent(0.29)).as("0.29 * 100 is 28.999...").isEqualTo("29%");
        assertThat(PageText.percent(0.9)).isEqualTo("90%");
        assertThat(PageText.percent(0.995)).isEqualTo(">99%");
        assertThat(PageText.percent(0.004)).isEqualTo("<1%");
        assertThat(PageText.percent(0)).isEqualTo("0%");
        assertThat(PageText.percent(1)).isEqualTo("100%");
    }
}
