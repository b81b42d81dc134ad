package dev.nicepick.topics.catalog;

import dev.nicepick.web.problem.ApiProblem;
import dev.nicepick.web.problem.FieldProblem;
import dev.nicepick.web.problem.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an editor sends to create or revise a topic. The seed topics are written in this shape too.
 *
 * @param type {@code alternatives} when absent
 */
public record TopicRequest(
        @NotBlank @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 120) String slug,
        @NotBlank @Size(max = 200) String title,
        ComparisonType type,
        @NotBlank @Size(max = 60) String category,
        @NotNull @Size(max = 10) List<@NotBlank @Pattern(regexp = Slugs.PATTERN, message = Slugs.MESSAGE) @Size(max = 40) String> tags,
        @Size(max = 1000) String intro,
        @NotNull @Size(min = 2, max = 4) List<@NotNull @Valid TopicOption> options,
        @NotNull @Valid EditorialPick editorialPick,
        @Size(max = 1000) String bottomLine) {

    public TopicRequest {
        tags = Objects.requireNonNullElse(tags, List.of());
        type = Objects.requireNonNullElse(type, ComparisonType.ALTERNATIVES);
    }

    /** Rules across fields, checked after the field rules hold. */
    void checkConsistency() {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (!keys.add(options.get(i).key())) {
                problems.add(new FieldProblem("options[" + i + "].key", "UniqueKey",
                        "option key '" + options.get(i).key() + "' is used twice"));
            }
            // the verdict of a complementary comparison says "use both: X for ..., Y for ..."
            if (type == ComparisonType.COMPLEMENTARY && (options.get(i).bestFor() == null || options.get(i).bestFor().isBlank())) {
                problems.add(new FieldProblem("options[" + i + "].bestFor", "RequiredWhenComplementary",
                        "is required in a complementary comparison: it says what " + options.get(i).name() + " is for"));
            }
        }
        if (!keys.contains(editorialPick.option())) {
            problems.add(new FieldProblem("editorialPick.option", "KnownOption",
                    "must be the key of one of the options " + keys));
        }
        if (new HashSet<>(tags).size() != tags.size()) {
            problems.add(new FieldProblem("tags", "Unique", "tags must not repeat"));
        }
        if (!problems.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, Problems.title(HttpStatus.BAD_REQUEST),
                    problems.getFirst().field() + ": " + problems.getFirst().message(), problems);
        }
    }
}
