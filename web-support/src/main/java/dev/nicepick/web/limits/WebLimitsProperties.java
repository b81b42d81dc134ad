package dev.nicepick.web.limits;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of what a service reads ({@code nicepick.web.*}).
 *
 * @param maxBodySize the largest request body a service reads (e.g. {@code 64KB}, the default); larger ones get 413
 */
@Validated
@ConfigurationProperties("nicepick.web")
public record WebLimitsProperties(@DefaultValue("64KB") @NotNull DataSize maxBodySize) {
}
