package dev.nicepick.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The abuse limits' defaults, and a limit that would refuse every reader stopping the start. */
class FeedbackSettingsTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withoutConfigurationTheDefaultsHold() {
        service.run(context -> assertThat(context.getBean(FeedbackSettings.class)).isEqualTo(new FeedbackSettings(5, 60, 2)));
    }

    @Test
    void aLimitBelowOneStopsTheStartNamingTheProperty() {
        service.withPropertyValues("nicepick.feedback.per-reader-per-minute=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nicepick.feedback.per-reader-per-minute");
        });
        service.withPropertyValues("nicepick.feedback.max-links=0").run(context -> assertThat(context).hasNotFailed());
    }

    @EnableConfigurationProperties(FeedbackSettings.class)
    static class Settings {
    }
}
