package dev.nicepick.gateway.lab;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The trade-off lab's settings ({@code nicepick.gateway.lab.*}); the defaults are in {@code application.yml}.
 *
 * @param window    how far back the availability recorder keeps its per-second figures, and the span the lab's
 *                  figures cover: 1 minute to 1 day (the recorder holds about 50 longs per second and route)
 * @param seedSlug  the comparison whose page links to {@code /lab} ("See these trade-offs measured on this site")
 */
@Validated
@ConfigurationProperties("nicepick.gateway.lab")
public record LabSettings(@NotNull Duration window,
                          @NotNull @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") String seedSlug) {

    /** Checked at start: a window the recorder can hold. */
    @AssertTrue(message = "window must be from 1 minute to 1 day")
    public boolean isBounded() {
        return window == null || (window.compareTo(Duration.ofMinutes(1)) >= 0 && window.compareTo(Duration.ofDays(1)) <= 0);
    }
}
