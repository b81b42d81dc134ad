package dev.nicepick.drills;

import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Why this service refuses every drill, as {@code GET /api/lab/drills} names it ({@code refusal}) and a refused
 * {@code POST} explains it (403). Chaos Monkey is loaded only where there is none ({@link ChaosMonkeyActivation}).
 */
public enum DrillRefusal {

    DISABLED("disabled", "Fault drills are off on this service: set " + DrillSettings.PREFIX + ".enabled=true"),
    PRODUCTION("production", "Fault drills are refused in the production profile unless "
            + DrillSettings.PREFIX + ".allow-in-production=true");

    private final String name;
    private final String reason;

    DrillRefusal(String name, String reason) {
        this.name = name;
        this.reason = reason;
    }

    /**
     * The refusal that applies, or null when drills may run: off wins over the production rule.
     *
     * @param production whether the Spring profile {@value DrillSettings#PRODUCTION_PROFILE} is active
     */
    public static DrillRefusal of(boolean enabled, boolean allowInProduction, boolean production) {
        if (!enabled) {
            return DISABLED;
        }
        return production && !allowInProduction ? PRODUCTION : null;
    }

    /** {@link #of} for this environment's settings and profiles. */
    static DrillRefusal of(DrillSettings settings, Environment environment) {
        return of(settings.enabled(), settings.allowInProduction(), inProduction(environment));
    }

    static boolean inProduction(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(DrillSettings.PRODUCTION_PROFILE));
    }

    /** Its name in answers: {@code disabled} or {@code production}. */
    @JsonValue
    public String json() {
        return name;
    }

    /** One sentence saying what to set. */
    public String reason() {
        return reason;
    }
}
