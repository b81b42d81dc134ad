package dev.nicepick.web.gateway;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The secret the gateway shows every service in {@code X-Gateway-Credential}; only a request that carries it
 * may name the reader ({@code X-Reader-Key}) and the client's address ({@code X-Forwarded-For}).
 *
 * @param gatewayCredential {@code nicepick.gateway-credential} (environment {@code NICEPICK_GATEWAY_CREDENTIAL});
 *                          required, no default anywhere, at least 32 characters (so at least 32 bytes in UTF-8)
 */
@Validated
@ConfigurationProperties("nicepick")
public record GatewayCredentialProperties(
        @NotBlank(message = "is required: set NICEPICK_GATEWAY_CREDENTIAL (nicepick.gateway-credential) to the secret the gateway sends")
        @Size(min = 32, message = "must have at least 32 characters") String gatewayCredential) {
}
