package dev.nicepick.gateway;

import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.tokens.LocalTokenSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The trusted-proxies setting is checked at start: a gateway with a wrong one does not start, and says why. */
@ExtendWith(OutputCaptureExtension.class)
class TrustedProxiesSettingTest {

    @Test
    void anEntryThatIsNoNetworkStopsTheGatewayNamingTheSettingAndTheValue(CapturedOutput output) {
        assertThatThrownBy(() -> start("--NICEPICK_GATEWAY_TRUSTEDPROXIES=10.0.0.0/8,10.0.0.0/33")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("holds what is no IPv4 or IPv6 address or network in CIDR notation (such as 10.0.0.0/8 or fd00::/8): \"10.0.0.0/33\".")
                .contains("Set nicepick.gateway.trusted-proxies (NICEPICK_GATEWAY_TRUSTEDPROXIES)");
    }

    @Test
    void spring_cloud_gateways_own_patternCannotDisagree() {
        assertThatThrownBy(() -> start("--spring.cloud.gateway.server.webflux.trusted-proxies=10\\..*"))
                .rootCause().hasMessageContaining("spring.cloud.gateway.server.webflux.trusted-proxies must stay \".*\"")
                .hasMessageContaining("nicepick.gateway.trusted-proxies (NICEPICK_GATEWAY_TRUSTEDPROXIES)");
    }

    private static void start(String setting) {
        new SpringApplicationBuilder(GatewayApplication.class).profiles("local").run(Stream.of(
                "--server.port=0",
                "--management.server.port=0",
                "--" + LocalTokenSettings.PROPERTY + "=" + TestSecrets.localSecret(),
                "--nicepick.gateway.reader-cookie.secret=" + TestSecrets.readerCookieSecret(),
                "--nicepick.gateway.service-credential=" + TestSecrets.gatewayCredential(),
                setting).toArray(String[]::new)).close();
    }
}
