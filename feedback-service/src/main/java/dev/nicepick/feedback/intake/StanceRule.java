package dev.nicepick.feedback.intake;

import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.web.problem.ApiProblem;
import dev.nicepick.web.problem.FieldProblem;
import dev.nicepick.web.problem.Problems;
import org.springframework.http.HttpStatus;

import java.util.List;

/**
 * What a vote means (issue 14), so a vote can never say two things at once:
 * <ul>
 *   <li>{@code alternatives}: {@code agree} is a vote for the pick in force ({@link KnownTopic#pick()}; its option
 *       may be omitted and is filled in); {@code disagree} is a vote for another option, which must be named.
 *       {@code agree} naming another option, or {@code disagree} naming the pick, is refused with 422 and
 *       {@code errors[0].field = "preferredOption"}.</li>
 *   <li>{@code alternatives} with no stance: the named option decides it ({@code agree} when it is the pick in force,
 *       else {@code disagree}), so a client that only says which option it prefers never races a changing pick.</li>
 *   <li>{@code complementary}: the option that matters more to the reader is required; the stance is absent or
 *       {@code agree} and kept as {@code agree}, so a vote with and one without it are the same vote. There is no
 *       pick to disagree with: {@code disagree} is refused with 422 and {@code errors[0].field = "stance"}.</li>
 * </ul>
 * Neither stance nor option, or an option the topic does not have, is a 400 (rules {@code NotBlank},
 * {@code KnownOption}, as when the body itself declared them).
 */
final class StanceRule {

    static final String AGREE = "agree";
    static final String DISAGREE = "disagree";
    private static final String OPTION = "preferredOption";
    private static final String STANCE = "stance";

    /** A vote as it will be kept: both fields filled. */
    record Vote(String stance, String preferredOption) {
    }

    /** @throws ApiProblem 400 for a missing or unknown field, 422 for a contradiction */
    static Vote resolve(KnownTopic topic, FeedbackRequest request) {
        String option = FeedbackIntake.blankToNull(request.preferredOption());
        if (option != null && !topic.options().contains(option)) {
            throw Problems.invalid(OPTION, "KnownOption", "must be one of " + topic.options());
        }
        if (topic.isComplementary()) {
            if (option == null) {
                throw Problems.invalid(OPTION, "NotBlank", "must name the option that matters more to you, one of " + topic.options());
            }
            if (DISAGREE.equals(request.stance())) {
                throw contradiction(STANCE, "A complementary comparison has no pick to disagree with: name the option "
                        + "that matters more to you, with the stance 'agree' or none.");
            }
            return new Vote(AGREE, option);
        }
        String pick = topic.pick();
        if (request.stance() == null) {
            if (option == null) {
                throw Problems.invalid(OPTION, "NotBlank", "must name the option you prefer, or give the stance 'agree'");
            }
            return new Vote(option.equals(pick) ? AGREE : DISAGREE, option);
        }
        if (request.stance().equals(AGREE)) {
            if (pick == null) {
                throw Problems.invalid(OPTION, "NotBlank", "must name the option you agree with: this topic has no pick yet");
            }
            if (option != null && !option.equals(pick)) {
                throw contradiction(OPTION, "Agreeing with the current pick is a vote for '" + pick + "', not '" + option
                        + "'. To vote for '" + option + "', choose disagree.");
            }
            return new Vote(AGREE, pick);
        }
        if (option == null) {
            throw Problems.invalid(OPTION, "NotBlank", "must name the option you prefer to the current pick");
        }
        if (option.equals(pick)) {
            throw contradiction(OPTION, "Disagreeing with the current pick means preferring another option than '" + pick
                    + "'. To vote for '" + pick + "', choose agree.");
        }
        return new Vote(DISAGREE, option);
    }

    private static ApiProblem contradiction(String field, String message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, Problems.title(HttpStatus.UNPROCESSABLE_CONTENT), message,
                List.of(new FieldProblem(field, "ConsistentWithStance", message)));
    }

    private StanceRule() {
    }
}
