package dev.nicepick.verdicts.feed;

import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.web.slug.CanonicalSlugs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Atom feeds of verdict changes, so a reader can follow one comparison or all of them. Each answer carries an
 * {@code ETag} (a digest of the document) and {@code Last-Modified} (the newest entry), and a conditional GET or
 * HEAD that matches is answered 304 without a body.
 */
@RestController
@RequestMapping(path = "/api/verdicts", produces = VerdictFeed.ATOM)
@Tag(name = "Verdict feeds", description = "Atom feeds of verdict changes: all comparisons, or one")
class VerdictFeedController {

    private static final MediaType ATOM_UTF8 = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final FeedRevisions revisions;
    private final TopicInputs topics;

    VerdictFeedController(FeedRevisions revisions, TopicInputs topics) {
        this.revisions = revisions;
        this.topics = topics;
    }

    @GetMapping("/feed")
    @Operation(operationId = "getVerdictsFeed", summary = "Atom feed of the latest 50 verdict changes of all comparisons, newest first",
            description = "One entry per change of verdict: a comparison's first revision and each revision whose winner or "
                    + "outcome differs from its previous one (revisions that only move counts are in `/history`, not here). "
                    + "Title \"<comparison>: <headline>\", link `/compare/{slug}`, summary = why and the bottom line, updated = "
                    + "when it was computed. Every answer has an `ETag` and `Last-Modified` (the newest entry); send either back "
                    + "(`If-None-Match`, `If-Modified-Since`) to get 304 while nothing changed. HEAD answers too.")
    @ApiResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = VerdictFeed.ATOM, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the `ETag` or `Last-Modified` the client sent")
    ResponseEntity<String> all(WebRequest request) {
        List<FeedRevisions.FeedRevision> latest = revisions.latest();
        return answer(request, VerdictFeed.ofAll(latest), VerdictFeed.updated(latest));
    }

    @GetMapping("/{slug}/feed")
    @Operation(operationId = "getVerdictFeed", summary = "Atom feed of one comparison's verdict changes (up to 50), newest first",
            description = "Entries as in the feed of all comparisons. A variant of a known slug (case, order of options) "
                    + "redirects to the canonical one; conditional requests and HEAD as for the feed of all comparisons.")
    @ApiResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = VerdictFeed.ATOM, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "304", description = "Unchanged since the `ETag` or `Last-Modified` the client sent")
    ResponseEntity<String> ofTopic(@PathVariable String slug, WebRequest request) {
        List<FeedRevisions.FeedRevision> ofTopic = revisions.ofTopic(slug);
        if (ofTopic.isEmpty()) {
            throw CanonicalSlugs.notFoundOrMoved("verdict for topic", slug, topics::canonicalSlug);
        }
        return answer(request, VerdictFeed.ofTopic(ofTopic), VerdictFeed.updated(ofTopic));
    }

    /** @return the feed, or null once Spring has answered 304 to a matching conditional request */
    private static ResponseEntity<String> answer(WebRequest request, String feed, Instant updated) {
        String etag = "\"" + DigestUtils.md5DigestAsHex(feed.getBytes(StandardCharsets.UTF_8)) + "\"";
        if (request.checkNotModified(etag, updated.toEpochMilli())) {
            return null;
        }
        return ResponseEntity.ok().contentType(ATOM_UTF8).body(feed);
    }
}
