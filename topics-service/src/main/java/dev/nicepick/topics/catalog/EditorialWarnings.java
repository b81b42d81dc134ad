package dev.nicepick.topics.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The content rules editors are warned of before readers see a topic. Each finding is an {@link EditorialWarning};
 * none stops a write or a publication, since only an editor can judge whether it is right here.
 */
public final class EditorialWarnings {

    static final String PLACEHOLDER_CON = "placeholder-con";
    static final String REPEATED_CON = "repeated-con";
    static final String SHORT_INTRO = "short-intro";
    static final String MISMATCHED_KINDS = "mismatched-kinds";

    /** An intro shorter than this says too little to stand above a comparison, or to serve as its page description. */
    static final int MINIMUM_INTRO = 80;

    /**
     * Stock phrases that stand in for a con without saying anything. The public site this product is modelled on fills
     * empty cons with "Specific tradeoffs depend on your use case"; the others are the same filler in other words.
     * Compared in lower case without surrounding spaces and trailing punctuation.
     */
    private static final Set<String> PLACEHOLDER_CONS = Set.of(
            "specific tradeoffs depend on your use case",
            "specific trade-offs depend on your use case",
            "depends on your use case",
            "it depends",
            "none",
            "n/a",
            "tbd");

    private EditorialWarnings() {
    }

    /** @return the topic's warnings in the order of the rules above, each rule's in the order of the body; may be empty */
    public static List<EditorialWarning> of(Topic topic) {
        List<EditorialWarning> warnings = new ArrayList<>();
        placeholderCons(topic.options(), warnings);
        repeatedCons(topic.options(), warnings);
        shortIntro(topic.intro(), warnings);
        mismatchedKinds(topic.type(), topic.options(), warnings);
        return List.copyOf(warnings);
    }

    private static void placeholderCons(List<TopicOption> options, List<EditorialWarning> warnings) {
        for (int i = 0; i < options.size(); i++) {
            List<String> cons = options.get(i).cons();
            for (int j = 0; j < cons.size(); j++) {
                if (PLACEHOLDER_CONS.contains(normalised(cons.get(j)))) {
                    warnings.add(new EditorialWarning(PLACEHOLDER_CON, "options[" + i + "].cons[" + j + "]",
                            "'" + cons.get(j) + "' is a stock phrase, not a con of " + options.get(i).name()
                                    + ": say what choosing it costs, or leave the con out."));
                }
            }
        }
    }

    /** A con every option shares tells readers nothing about which to choose. */
    private static void repeatedCons(List<TopicOption> options, List<EditorialWarning> warnings) {
        Map<String, String> shared = new LinkedHashMap<>();
        options.getFirst().cons().forEach(con -> shared.putIfAbsent(normalised(con), con));
        options.stream().skip(1).forEach(option -> shared.keySet().retainAll(
                option.cons().stream().map(EditorialWarnings::normalised).collect(Collectors.toSet())));
        shared.values().forEach(con -> warnings.add(new EditorialWarning(REPEATED_CON, "options",
                "'" + con + "' is a con of every option, so it does not help readers choose: say what each one costs.")));
    }

    private static void shortIntro(String intro, List<EditorialWarning> warnings) {
        int length = intro == null ? 0 : intro.strip().length();
        if (length < MINIMUM_INTRO) {
            warnings.add(new EditorialWarning(SHORT_INTRO, "intro", (length == 0 ? "There is no intro" : "The intro has "
                    + length + " characters") + "; at least " + MINIMUM_INTRO
                    + " say what is compared and why, and search engines show it as the page's description."));
        }
    }

    /** Options of different kinds are seldom substitutes; options without a kind are left out of the comparison. */
    private static void mismatchedKinds(ComparisonType type, List<TopicOption> options, List<EditorialWarning> warnings) {
        long kinds = options.stream().map(TopicOption::kind).filter(Objects::nonNull).distinct().count();
        if (type == ComparisonType.ALTERNATIVES && kinds > 1) {
            warnings.add(new EditorialWarning(MISMATCHED_KINDS, "options", "The options are of different kinds ("
                    + options.stream().filter(o -> o.kind() != null).map(o -> o.name() + ": " + o.kind().value())
                    .collect(Collectors.joining(", "))
                    + "), so readers may not be able to choose one instead of the other: check they are alternatives,"
                    + " or make the comparison complementary."));
        }
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("[.!\\s]+$", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
