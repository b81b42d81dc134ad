package dev.nicepick.drills;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Loads Chaos Monkey for Spring Boot only where drills may run: it activates its profile {@value #PROFILE} (the
 * library's own switch, read by its {@code ChaosMonkeyCondition}) when {@code nicepick.lab.drills.enabled} is true and
 * the production rule allows ({@link DrillRefusal}). Elsewhere none of its beans exist, so no watcher advice wraps
 * any controller. Runs after the configuration files are read, so settings from them and the active profiles count.
 */
public class ChaosMonkeyActivation implements EnvironmentPostProcessor, Ordered {

    /** The profile under which Chaos Monkey for Spring Boot configures itself. */
    public static final String PROFILE = "chaos-monkey";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        boolean enabled = binder.bind(DrillSettings.PREFIX + ".enabled", Boolean.class).orElse(false);
        boolean allowInProduction = binder.bind(DrillSettings.PREFIX + ".allow-in-production", Boolean.class).orElse(false);
        if (DrillRefusal.of(enabled, allowInProduction, DrillRefusal.inProduction(environment)) == null) {
            environment.addActiveProfile(PROFILE);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
