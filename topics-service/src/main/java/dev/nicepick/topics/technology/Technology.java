package dev.nicepick.topics.technology;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nicepick.topics.catalog.ComparisonType;
import dev.nicepick.topics.catalog.OptionKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A technology's page: what it is and every public comparison that mentions it.
 *
 * @param key         as options and related lists name it, e.g. {@code message-queues}
 * @param name        its display name, e.g. "Message queues"
 * @param kind        what sort of thing it is; absent when nobody said
 * @param comparisons where it is an option first, then where it is related; each by title
 * @param related     technologies it goes with, by name
 */
public record Technology(String key, String name, @JsonInclude(JsonInclude.Include.NON_NULL) OptionKind kind,
                         List<Comparison> comparisons, List<Related> related) {

    /**
     * One comparison that mentions the technology.
     *
     * @param role    {@code option} (it is compared) or {@code related} (an option relates to it)
     * @param pick    the winner of the latest verdict topics-service holds, else the editors' pick
     * @param outcome the latest verdict's outcome; before any verdict, what it is with no votes: {@code use-both} for a
     *                complementary comparison, else {@code winner}
     */
    @Schema(name = "TechnologyComparison")
    public record Comparison(String slug, String title, ComparisonType type,
                             @Schema(allowableValues = {"option", "related"}) String role, Pick pick,
                             @Schema(allowableValues = {"winner", "too-close", "use-both"}) String outcome) {
    }

    /** @param option the option's key in that comparison */
    @Schema(name = "ComparisonPick")
    public record Pick(String option, String name) {
    }

    @Schema(name = "RelatedTechnology")
    public record Related(String key, String name) {
    }
}
