package dev.nicepick.topics.catalog;

import dev.nicepick.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(path = "/api/topics", produces = "application/json")
@Tag(name = "Topics", description = "Comparisons: read by everyone, written by editors")
class TopicController {

    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
    private static final CacheControl EDITORS_ONLY = CacheControl.noCache().cachePrivate();

    private final TopicCatalog catalog;

    TopicController(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Published topics, searched by text over titles, option names and tags, and filtered")
    TopicPage list(@RequestParam(required = false) @Size(max = 200) String q,
                   @RequestParam(required = false) @Size(max = 60) String category,
                   @RequestParam(required = false) @Size(max = 40) String tag,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalog.search(blankToNull(q), blankToNull(category), blankToNull(tag), page, size);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One topic with its latest verdict; answers 304 to a matching If-None-Match")
    ResponseEntity<Topic> get(@PathVariable String slug, WebRequest request, Authentication authentication) {
        boolean editor = isEditor(authentication);
        Topic topic = catalog.get(slug, editor);
        CacheControl caching = topic.status() == TopicStatus.DRAFT ? EDITORS_ONLY : PUBLIC;
        if (request.checkNotModified(topic.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(caching).eTag(topic.etag()).build();
        }
        return ResponseEntity.ok().cacheControl(caching).eTag(topic.etag()).body(topic);
    }

    @GetMapping("/{slug}/related")
    @Operation(summary = "Other published topics sharing tags or technologies, best match first")
    Map<String, List<Topic>> related(@PathVariable String slug,
                                     @RequestParam(defaultValue = "6") @Min(1) @Max(20) int limit) {
        return Map.of("items", catalog.related(slug, limit));
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Create a draft (editors)")
    ResponseEntity<Topic> create(@Valid @RequestBody TopicRequest request) {
        Topic topic = catalog.create(request);
        return ResponseEntity.created(URI.create("/api/topics/" + topic.slug())).eTag(topic.etag()).body(topic);
    }

    @PutMapping(path = "/{slug}", consumes = "application/json")
    @Operation(summary = "Revise a topic (editors); If-Match must carry the ETag the editor's copy came with")
    ResponseEntity<Topic> revise(@PathVariable String slug,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @Valid @RequestBody TopicRequest request) {
        Topic topic = catalog.revise(slug, request, expectedVersion(ifMatch));
        return ResponseEntity.ok().eTag(topic.etag()).body(topic);
    }

    @PostMapping("/{slug}/publish")
    @Operation(summary = "Publish a draft or an archived topic (editors)")
    ResponseEntity<Topic> publish(@PathVariable String slug) {
        Topic topic = catalog.publish(slug);
        return ResponseEntity.ok().eTag(topic.etag()).body(topic);
    }

    @PostMapping("/{slug}/archive")
    @Operation(summary = "Archive a topic: still readable, no longer takes feedback (editors)")
    ResponseEntity<Topic> archive(@PathVariable String slug) {
        Topic topic = catalog.archive(slug);
        return ResponseEntity.ok().eTag(topic.etag()).body(topic);
    }

    /**
     * The topic version named by an If-Match ETag ({@code "version.verdictRevision"}). Only the version
     * counts: a new verdict does not make an editor's copy of the text stale.
     */
    private static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired("Send If-Match with the ETag of the topic you edited.");
        }
        return Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .filter(tag -> tag.matches("\"\\d+\\.\\d+\""))
                .map(tag -> Long.parseLong(tag.substring(1, tag.indexOf('.'))))
                .findFirst()
                .orElseThrow(() -> Problems.preconditionFailed("If-Match '" + ifMatch + "' is not an ETag of this topic."));
    }

    private static boolean isEditor(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_editor"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
