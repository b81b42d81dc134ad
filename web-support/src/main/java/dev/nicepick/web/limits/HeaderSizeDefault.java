package dev.nicepick.web.limits;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Every service takes request header blocks up to 32 KB ({@code server.max-http-request-header-size}), as a
 * default any configuration overrides. The gateway refuses blocks over 8 KB with its own 431 and then adds
 * about 0.5 KB of its own headers, so a request it accepted never meets a service's limit (the server's own
 * default, 8 KB, would refuse some).
 */
public class HeaderSizeDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "server.max-http-request-header-size";
    static final String SIZE = "32KB";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("nicepick-web-defaults", Map.of(PROPERTY, SIZE)));
    }
}
