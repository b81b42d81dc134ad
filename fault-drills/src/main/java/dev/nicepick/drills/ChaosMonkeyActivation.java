package dev.nicepick.drills;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Loads Chaos Monkey for Spring Boot only where drills may run: it activates its profile {@value #PROFILE} (the
 * library's own switch, read by its {@code ChaosMonkeyCondition}) when {@code nicepick.lab.drills.enabled} is true and
 * the production rule allows ({@link DrillRefusal}). Elsewhere none of its beans exist, so no watcher advice wraps
 * any controller. Runs after the configuration files are read, so settings from them and the active profiles count.
 * <p>
 * Where it is loaded, its watcher leaves health indicators alone (below every other source, so a setting still wins):
 * Actuator is never attacked, and their {@code health()} is final, which a class-based proxy cannot wrap.
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
            environment.getPropertySources().addLast(new MapPropertySource("fault drills: Chaos Monkey's watcher",
                    Map.of("chaos.monkey.watcher.exclude-classes", "org.springframework.boot.health.contributor.HealthIndicator")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
