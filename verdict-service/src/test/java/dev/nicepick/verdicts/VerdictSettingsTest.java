package dev.nicepick.verdicts;

import dev.nicepick.verdicts.engine.VerdictParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The model's parameters: the documented defaults, and a value outside the model's range stopping the start. */
class VerdictSettingsTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withoutConfigurationTheModelRunsWithItsDocumentedParametersAndAReplicaNameOfItsOwn() {
        service.run(context -> {
            VerdictSettings settings = context.getBean(VerdictSettings.class);
            assertThat(settings.parameters()).isEqualTo(VerdictParameters.DEFAULTS);
            assertThat(settings.instanceId()).matches("verdict-[0-9a-f]{8}");
        });
    }

    @Test
    void aThresholdOfOneOrTooFewDrawsStopTheStartNamingTheProperty() {
        service.withPropertyValues("nicepick.verdict.threshold=1").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nicepick.verdict.threshold"));
        service.withPropertyValues("nicepick.verdict.draws=999").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nicepick.verdict.draws"));
    }

    @Test
    void aDecisiveBarAboveTheThresholdStopsTheStartNamingBothProperties() {
        service.withPropertyValues("nicepick.verdict.decisive=0.95").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("nicepick.verdict.decisive")
                        .hasMessageContaining("nicepick.verdict.threshold"));
        service.withPropertyValues("nicepick.verdict.decisive=0.8", "nicepick.verdict.threshold=0.95").run(context ->
                assertThat(context.getBean(VerdictSettings.class).parameters().decisive()).isEqualTo(0.8));
    }

    @EnableConfigurationProperties(VerdictSettings.class)
    static class Settings {
    }
}
