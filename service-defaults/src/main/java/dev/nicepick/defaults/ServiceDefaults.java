package dev.nicepick.defaults;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StringUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the suite's shared configuration as the <em>last</em> property sources, so that anything else (the
 * application's own {@code application.yml}, profile files, environment variables, the command line, test
 * properties) overrides it. Unlike {@code spring.config.import}, whose file would win over the importer, a
 * service's own file always has the last word.
 * <ul>
 *   <li>{@value #EVERY_APPLICATION}: every nicepick application, the gateway included;</li>
 *   <li>{@value #SERVICES}: on top, for the three services (servlet applications; the gateway is reactive).</li>
 * </ul>
 * A YAML document that starts with {@code spring.config.activate.on-profile} applies only while that profile
 * is active, as in an {@code application.yml}; one that starts with {@value #WHEN_SET} only while the property or
 * environment variable it names has a value (a setting that switches a feature on by being given, such as
 * {@code NICEPICK_ZIPKIN_URL}). As in an {@code application.yml}, a later document of a file overrides an earlier
 * one. Runs after Spring Boot has read the configuration files, so the active profiles and the environment are known.
 */
public class ServiceDefaults implements EnvironmentPostProcessor, Ordered {

    static final String EVERY_APPLICATION = "nicepick-defaults.yml";
    static final String SERVICES = "nicepick-service-defaults.yml";
    private static final String ON_PROFILE = "spring.config.activate.on-profile";
    static final String WHEN_SET = "nicepick.defaults.activate.when-set";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // the more specific file first: addLast puts each later one below it
        if (application.getWebApplicationType() == WebApplicationType.SERVLET) {
            addLast(environment, SERVICES);
        }
        addLast(environment, EVERY_APPLICATION);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void addLast(ConfigurableEnvironment environment, String file) {
        // the last document first: each one added after it ranks below it, so a later document wins
        for (PropertySource<?> document : documents(file).reversed()) {
            if (applies(document, environment)) {
                environment.getPropertySources().addLast(withoutActivation(document));
            }
        }
    }

    private static boolean applies(PropertySource<?> document, ConfigurableEnvironment environment) {
        Object profile = document.getProperty(ON_PROFILE);
        Object whenSet = document.getProperty(WHEN_SET);
        return (profile == null || environment.acceptsProfiles(Profiles.of(profile.toString())))
                && (whenSet == null || StringUtils.hasText(environment.getProperty(whenSet.toString())));
    }

    private static List<PropertySource<?>> documents(String file) {
        try {
            return new YamlPropertySourceLoader().load("nicepick defaults: " + file, new ClassPathResource(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * The document's properties without its activation keys, which means nothing once it is applied; each value
     * keeps its origin (file, line), which binding errors name.
     */
    private static PropertySource<?> withoutActivation(PropertySource<?> document) {
        Map<String, Object> properties = new LinkedHashMap<>(((MapPropertySource) document).getSource());
        properties.remove(ON_PROFILE);
        properties.remove(WHEN_SET);
        return new OriginTrackedMapPropertySource(document.getName(), properties);
    }
}
