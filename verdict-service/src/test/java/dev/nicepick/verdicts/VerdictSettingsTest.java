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

    @EnableConfigurationProperties(VerdictSettings.class)
    static class Settings {
    }
}
