package dev.nicepick.web.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** A service that publishes an OpenAPI description (springdoc on its classpath) gets the suite's conventions in it. */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
public class OpenApiAutoConfiguration {

    @Bean
    ApiDescriptionConventions apiDescriptionConventions(@Value("${spring.application.name}") String service) {
        return new ApiDescriptionConventions(service);
    }
}
