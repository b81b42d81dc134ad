package dev.nicepick.topics.technology;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nicepick.topics.catalog.OptionKind;

/**
 * A technology in the index.
 *
 * @param comparisons how many public comparisons mention it
 */
public record TechnologySummary(String key, String name, @JsonInclude(JsonInclude.Include.NON_NULL) OptionKind kind,
                                long comparisons) {
}
