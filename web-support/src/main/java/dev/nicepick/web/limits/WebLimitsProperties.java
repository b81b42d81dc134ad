package dev.nicepick.web.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize the largest request body a service reads; larger ones get 413 */
@ConfigurationProperties("nicepick.web")
public record WebLimitsProperties(@DefaultValue("64KB") DataSize maxBodySize) {
}
