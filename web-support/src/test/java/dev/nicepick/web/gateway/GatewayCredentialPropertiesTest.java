package dev.nicepick.web.gateway;

import dev.nicepick.web.WebSupportAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** A service does not start without the gateway's credential, or with one too short to be a secret. */
class GatewayCredentialPropertiesTest {

    private final WebApplicationContextRunner service = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WebSupportAutoConfiguration.class));

    @Test
    void withoutTheCredentialTheServiceDoesNotStartAndSaysWhy() {
        service.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("set NICEPICK_GATEWAY_CREDENTIAL");
        });
    }

    @Test
    void aCredentialShorterThan32BytesIsRefusedWithoutShowingIt() {
        String nearMiss = "a-near-miss-copy-of-the-secret!";
        service.withPropertyValues("nicepick.gateway-credential=" + nearMiss)
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("set NICEPICK_GATEWAY_CREDENTIAL");
                    for (Throwable failure = context.getStartupFailure(); failure != null; failure = failure.getCause()) {
                        assertThat(String.valueOf(failure.getMessage())).doesNotContain(nearMiss);
                    }
                });
    }

    @Test
    void aCredentialOf32BytesIsTaken() {
        service.withPropertyValues("nicepick.gateway-credential=" + "x".repeat(32))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(GatewayCredentialProperties.class));
    }
}
