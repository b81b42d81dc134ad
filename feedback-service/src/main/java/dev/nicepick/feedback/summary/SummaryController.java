package dev.nicepick.feedback.summary;

import dev.nicepick.feedback.store.FeedbackStore;
import dev.nicepick.feedback.tally.Tallies;
import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.feedback.topics.TopicDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@RestController
@Tag(name = "Feedback")
class SummaryController {

    private static final int COMMENTS = 10;
    // comments change with every vote: a reader's own new comment should show within seconds
    private static final CacheControl SHORT_PUBLIC = CacheControl.maxAge(Duration.ofSeconds(10)).cachePublic();

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
        return new FeedbackSummary(slug, total, votes, share, comments(topic, 0, COMMENTS));
    }

    @GetMapping(path = "/api/topics/{slug}/feedback/comments", produces = "application/json")
    @Operation(operationId = "listFeedbackComments", summary = "Readers' comments on a topic, newest first, paged",
            description = "Each reader's current visible vote that has a comment, with its stance and option. Hidden, withdrawn "
                    + "and replaced votes never show; neither do e-mail addresses, readers or network addresses. Cached briefly.")
    @ApiResponse(responseCode = "200", description = "One page of comments", headers = @Header(name = HttpHeaders.CACHE_CONTROL))
    @Transactional(readOnly = true)
    ResponseEntity<CommentPage> comments(@PathVariable String slug,
                                         @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
                                         @Parameter(description = "Comments per page, 1 to 50") @RequestParam(defaultValue = "10") @Min(1) @Max(50) int size) {
        KnownTopic topic = topics.require(slug);
        long total = store.countComments(topic.topicId());
        return ResponseEntity.ok().cacheControl(SHORT_PUBLIC)
                .body(new CommentPage(comments(topic, page, size), page, size, total, (total + size - 1) / size));
    }

    private List<FeedbackSummary.Comment> comments(KnownTopic topic, int page, int size) {
        return store.comments(topic.topicId(), page, size).stream()
                .map(f -> new FeedbackSummary.Comment(f.id(), f.stance(), f.preferredOption(), f.comment(), f.createdAt()))
                .toList();
    }
}
