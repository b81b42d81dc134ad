package dev.nicepick.web.gateway;

import dev.nicepick.tokens.Secret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret the gateway shows every service in {@code X-Gateway-Credential}; only a request that carries it
 * may name the reader ({@code X-Reader-Key}) and the client's address ({@code X-Forwarded-For}).
 *
 * @param gatewayCredential {@code nicepick.gateway-credential} (environment {@code NICEPICK_GATEWAY_CREDENTIAL});
 *                          a {@link Secret}, no default anywhere
 */
@Validated
@ConfigurationProperties("nicepick")
public record GatewayCredentialProperties(
        @Secret.Required(variable = "NICEPICK_GATEWAY_CREDENTIAL") Secret gatewayCredential) {
}
