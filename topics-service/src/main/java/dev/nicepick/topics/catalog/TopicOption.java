package dev.nicepick.topics.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

/**
 * One side of a comparison.
 *
 * @param key     stable id within the topic (votes and picks name it), e.g. {@code distributed-systems}; also the
 *                key of its technology page
 * @param kind    what sort of thing it is; optional
 * @param related technologies it relates to; pages link them to other comparisons
 * @param bestFor optional phrase that completes "Use {name} if you ...", so verdict text reads as English; required in a
 *                complementary comparison, whose verdict says what each option is for
 */
public record TopicOption(
        @NotBlank @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 60) String key,
        @NotBlank @Size(max = 100) String name,
        @JsonInclude(JsonInclude.Include.NON_NULL) OptionKind kind,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 500) String> pros,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 500) String> cons,
        @NotNull @Size(max = 12) List<@NotBlank @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 60) String> related,
        @Size(max = 300) String bestFor) {

    public TopicOption {
        pros = Objects.requireNonNullElse(pros, List.of());
        cons = Objects.requireNonNullElse(cons, List.of());
        related = Objects.requireNonNullElse(related, List.of());
    }
}
