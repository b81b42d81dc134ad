package dev.nicepick.topics.catalog;

import dev.nicepick.api.Roles;
import dev.nicepick.web.openapi.ApiDescriptionConventions;
import dev.nicepick.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
import java.util.OptionalLong;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(path = "/api/topics", produces = "application/json")
@Tag(name = "Topics", description = "Comparisons: read by everyone, written by editors")
class TopicController {

    private static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic();
    private static final CacheControl EDITORS_ONLY = CacheControl.noCache().cachePrivate();

    /** A whole valid topic, as Swagger UI offers it for "Try it out". */
    private static final String TOPIC_EXAMPLE = """
            {"slug": "rest-vs-grpc", "title": "REST vs gRPC", "type": "alternatives", "category": "APIs", "tags": ["api", "rpc"],
             "intro": "Two ways for services to talk.",
             "options": [
               {"key": "rest", "name": "REST", "kind": "protocol", "description": "Resources over HTTP with JSON.",
                "pros": ["Readable by people and browsers"], "cons": ["No schema by default"], "related": ["openapi"],
                "bestFor": "need public APIs any client can call"},
               {"key": "grpc", "name": "gRPC", "kind": "protocol", "description": "Remote procedure calls over HTTP/2 with Protocol Buffers.",
                "pros": ["Compact and typed"], "cons": ["Browsers need a proxy"], "related": ["protobuf"],
                "bestFor": "connect internal services that need speed"}],
             "editorialPick": {"option": "rest", "strength": 10},
             "bottomLine": "REST for public APIs, gRPC between your own services."}
            """;

    private final TopicCatalog catalog;

    TopicController(TopicCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(operationId = "listTopics",
            summary = "Published topics, searched by text over titles, option names and tags, filtered and sorted",
            description = "`q` matches word prefixes; `category` and `tag` must match exactly. Without `sort`, the best "
                    + "text match comes first; `newest` orders by creation, `most-voted` by counted votes, "
                    + "`most-contested` by the smallest margin between the top two options (ties: more votes first; "
                    + "topics without votes last). Each item embeds its latest verdict with readers' split. Pages count from 0.")
    TopicPage list(@RequestParam(required = false) @Size(max = 200) String q,
                   @RequestParam(required = false) @Size(max = 60) String category,
                   @RequestParam(required = false) @Size(max = 40) String tag,
                   @RequestParam(required = false)
                   @Parameter(schema = @Schema(type = "string", allowableValues = {"newest", "most-voted", "most-contested"}))
                   String sort,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return catalog.search(blankToNull(q), blankToNull(category), blankToNull(tag), blankToNull(sort), page, size);
    }

    @GetMapping("/{slug}")
    @Operation(operationId = "getTopic", summary = "One topic with its latest verdict; answers 304 to a matching If-None-Match",
            description = "Drafts are visible to editors only. Editors also get `warnings` about weak content.")
    @ApiResponse(responseCode = "200", description = "The topic",
            headers = {@Header(name = HttpHeaders.ETAG), @Header(name = HttpHeaders.CACHE_CONTROL)})
    @ApiResponse(responseCode = "304", description = "Not modified: the If-None-Match ETag is the current one",
            headers = {@Header(name = HttpHeaders.ETAG), @Header(name = HttpHeaders.CACHE_CONTROL)})
    @Parameter(in = ParameterIn.HEADER, name = HttpHeaders.IF_NONE_MATCH, description = "The ETag of the copy the client has",
            schema = @Schema(type = "string"))
    ResponseEntity<Topic> get(@PathVariable String slug, WebRequest request, Authentication authentication) {
        boolean editor = isEditor(authentication);
        Topic topic = catalog.get(slug, editor);
        CacheControl caching = topic.status() == TopicStatus.DRAFT ? EDITORS_ONLY : PUBLIC;
        if (request.checkNotModified(topic.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(caching).eTag(topic.etag()).build();
        }
        return ResponseEntity.ok().cacheControl(caching).eTag(topic.etag()).body(editor ? topic.withWarnings() : topic);
    }

    @GetMapping("/{slug}/related")
    @Operation(operationId = "listRelatedTopics", summary = "Other published topics sharing tags or technologies, best match first",
            description = "A shared technology weighs 2, a shared tag 1.")
    Map<String, List<Topic>> related(@PathVariable String slug,
                                     @RequestParam(defaultValue = "6") @Min(1) @Max(20) int limit) {
        return Map.of("items", catalog.related(slug, limit));
    }

    @PostMapping(consumes = "application/json")
    @Operation(operationId = "createTopic", summary = "Create a draft (editors)", description = "Needs the role editor. The answer lists `warnings` about weak content; they never block.",
            security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(name = "draft", value = TOPIC_EXAMPLE))))
    @ApiResponse(responseCode = "201", description = "Created as a draft",
            headers = {@Header(name = HttpHeaders.LOCATION), @Header(name = HttpHeaders.ETAG)})
    @ApiResponse(responseCode = "409", description = "A topic with this slug exists")
    ResponseEntity<Topic> create(@Valid @RequestBody TopicRequest request) {
        Topic topic = catalog.create(request);
        return ResponseEntity.created(URI.create("/api/topics/" + topic.slug())).eTag(topic.etag()).body(topic.withWarnings());
    }

    @PutMapping(path = "/{slug}", consumes = "application/json")
    @Operation(operationId = "reviseTopic",
            summary = "Revise a topic (editors); If-Match must carry the ETag the editor's copy came with (or *, to overwrite any version)",
            description = "Needs the role editor. The answer lists `warnings` about weak content; they never block.", security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(name = "revision", value = TOPIC_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Revised", headers = @Header(name = HttpHeaders.ETAG))
    @ApiResponse(responseCode = "412", description = "If-Match names an older version: fetch the topic again and redo the change")
    @ApiResponse(responseCode = "428", description = "If-Match is missing")
    ResponseEntity<Topic> revise(@PathVariable String slug,
                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                 @Valid @RequestBody TopicRequest request) {
        return current(catalog.revise(slug, request, expectedVersion(ifMatch)));
    }

    @PostMapping("/{slug}/publish")
    @Operation(operationId = "publishTopic", summary = "Publish a draft or an archived topic (editors)",
            description = "Needs the role editor. The answer lists `warnings` about weak content; they never block.", security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER))
    @ApiResponse(responseCode = "200", description = "Published", headers = @Header(name = HttpHeaders.ETAG))
    @ApiResponse(responseCode = "409", description = "Already published")
    ResponseEntity<Topic> publish(@PathVariable String slug) {
        return current(catalog.publish(slug));
    }

    @PostMapping("/{slug}/archive")
    @Operation(operationId = "archiveTopic", summary = "Archive a topic: still readable, no longer takes feedback (editors)",
            description = "Needs the role editor. The answer lists `warnings` about weak content; they never block.", security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER))
    @ApiResponse(responseCode = "200", description = "Archived", headers = @Header(name = HttpHeaders.ETAG))
    @ApiResponse(responseCode = "409", description = "Already archived")
    ResponseEntity<Topic> archive(@PathVariable String slug) {
        return current(catalog.archive(slug));
    }

    /** 200 with the topic as it is after an editor's change, its warnings, and its ETag for the next If-Match. */
    private static ResponseEntity<Topic> current(Topic topic) {
        return ResponseEntity.ok().eTag(topic.etag()).body(topic.withWarnings());
    }

    /**
     * The topic version named by an If-Match ETag ({@code "version.verdictRevision"}). Only the version
     * counts: a new verdict does not make an editor's copy of the text stale. {@code *} (RFC 9110 section
     * 13.1.1: "any current version") is empty: the editor asks to overwrite whatever is there.
     */
    private static OptionalLong expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Problems.preconditionRequired("Send If-Match with the ETag of the topic you edited (or *, to overwrite any version).");
        }
        if (ifMatch.trim().equals("*")) {
            return OptionalLong.empty();
        }
        OptionalLong named = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .filter(tag -> tag.matches("\"\\d+\\.\\d+\""))
                .mapToLong(tag -> Long.parseLong(tag.substring(1, tag.indexOf('.'))))
                .findFirst();
        if (named.isEmpty()) {
            throw Problems.preconditionFailed("If-Match '" + ifMatch + "' is not an ETag of this topic.");
        }
        return named;
    }

    private static boolean isEditor(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Roles.authority(Roles.EDITOR)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
