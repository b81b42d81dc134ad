package dev.nicepick.drills;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;

/**
 * Marks {@code current} and {@code last} of {@link DrillsOverview} nullable in the API description. In OpenAPI 3.0 a
 * {@code $ref} takes no sibling keywords, and springdoc drops {@code nullable} beside one, so each becomes a nullable
 * {@code allOf} of the reference.
 */
class NullableDrills implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Schema<?> overview = openApi.getComponents().getSchemas().get(DrillsOverview.class.getSimpleName());
        if (overview == null || overview.getProperties() == null) {
            return;
        }
        for (String property : List.of("current", "last")) {
            Schema<?> reference = overview.getProperties().get(property);
            if (reference != null && reference.get$ref() != null) {
                overview.getProperties().put(property, new Schema<>().nullable(true)
                        .allOf(List.of(new Schema<>().$ref(reference.get$ref()))));
            }
        }
    }
}
