package dev.nicepick.gateway;

import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.tokens.LocalTokenSettings;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The public base URL is checked at start: every absolute URL of the pages begins with it, so a value that is no
 * http(s) origin stops the gateway, naming the setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublicBaseUrlSettingTest {

    @ParameterizedTest
    @ValueSource(strings = {"nicepick.dev", "ftp://nicepick.dev", "https://nicepick.dev/pages", "https://nicepick.dev/?x=1"})
    void aValueThatIsNoOriginStopsTheGateway(String value, CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class).profiles("local").run(Stream.of(
                "--server.port=0",
                "--management.server.port=0",
                "--" + LocalTokenSettings.PROPERTY + "=" + TestSecrets.localSecret(),
                "--nicepick.gateway.reader-cookie.secret=" + TestSecrets.readerCookieSecret(),
                "--nicepick.gateway.service-credential=" + TestSecrets.gatewayCredential(),
                "--NICEPICK_GATEWAY_PUBLICBASEURL=" + value).toArray(String[]::new)).close()).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START").contains("nicepick.gateway")
                .contains("must be an http or https origin such as https://nicepick.dev");
    }
}
