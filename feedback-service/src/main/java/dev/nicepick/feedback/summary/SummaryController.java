package dev.nicepick.feedback.summary;

import dev.nicepick.feedback.store.FeedbackStore;
import dev.nicepick.feedback.tally.Tallies;
import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.feedback.topics.TopicDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@Tag(name = "Feedback")
class SummaryController {

    private static final int COMMENTS = 10;

    private final TopicDirectory topics;
    private final Tallies tallies;
    private final FeedbackStore store;

    SummaryController(TopicDirectory topics, Tallies tallies, FeedbackStore store) {
        this.topics = topics;
        this.tallies = tallies;
        this.store = store;
    }

    @GetMapping(path = "/api/topics/{slug}/feedback/summary", produces = "application/json")
    @Operation(operationId = "getFeedbackSummary", summary = "Votes per option, shares, and the latest visible comments",
            description = "Shares are rounded to three decimals; comments never carry e-mail addresses.")
    @Transactional(readOnly = true)
    FeedbackSummary summary(@PathVariable String slug) {
        KnownTopic topic = topics.require(slug);
        Map<String, Long> votes = tallies.count(topic);
        long total = votes.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> share = new LinkedHashMap<>();
        votes.forEach((option, n) -> share.put(option, total == 0 ? 0 : Math.round(1000.0 * n / total) / 1000.0));
        return new FeedbackSummary(slug, total, votes, share, store.latestComments(topic.topicId(), COMMENTS).stream()
                .map(f -> new FeedbackSummary.Comment(f.id(), f.stance(), f.preferredOption(), f.comment(), f.createdAt()))
                .toList());
    }
}
