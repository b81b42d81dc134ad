package dev.nicepick.feedback.items;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.feedback.intake.ReaderKeys;
import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.feedback.topics.TopicDirectory;
import dev.nicepick.web.openapi.ApiDescriptionConventions;
import dev.nicepick.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "Pros and cons", description = "Readers mark the pros that matter to them and the cons they find wrong")
class ItemMarksController {

    private static final String ITEM = "/api/topics/{slug}/feedback/items/{option}/{list}/{index}";
    private static final CacheControl PRIVATE = CacheControl.noStore().cachePrivate();

    private final TopicDirectory topics;
    private final ItemMarks marks;

    ItemMarksController(TopicDirectory topics, ItemMarks marks) {
        this.topics = topics;
        this.marks = marks;
    }

    /** The topic's pros and cons with their marks; {@code mine} for the calling reader, if any. */
    @GetMapping(path = "/api/topics/{slug}/feedback/items", produces = "application/json")
    @Operation(operationId = "listItemMarks", summary = "How many readers marked each pro and con",
            description = "Every pro and con of the topic in its order (options as the topic lists them, pros before cons, by index), "
                    + "with the readers who marked it and whether you did. Never cached, since `mine` is yours.")
    @ApiResponse(responseCode = "200", description = "Every item with its count", headers = @Header(name = HttpHeaders.CACHE_CONTROL))
    @Transactional(readOnly = true)
    ResponseEntity<ItemMarkList> list(@PathVariable String slug,
                                      @Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey) {
        KnownTopic topic = topics.require(slug);
        String reader = readerKey == null ? null : ReaderKeys.readerOf(readerKey);
        return ResponseEntity.ok().cacheControl(PRIVATE).body(new ItemMarkList(marks.marks(topic, reader)));
    }

    @PutMapping(ITEM)
    @Operation(operationId = "markItem", summary = "Mark a pro (\"this matters to me\") or a con (\"this con is wrong\")",
            description = "One mark per reader and item; marking again changes nothing. The mark belongs to the item's text: "
                    + "an edit that moves the item keeps it, a rewording does not.",
            security = {@SecurityRequirement(name = ApiDescriptionConventions.READER_COOKIE), @SecurityRequirement(name = ApiDescriptionConventions.BEARER)})
    @ApiResponse(responseCode = "204", description = "Marked")
    @ApiResponse(responseCode = "404", description = "No such topic, option, list or index")
    @ApiResponse(responseCode = "409", description = "The topic is archived and takes no marks")
    @Transactional
    ResponseEntity<Void> mark(@PathVariable String slug, @PathVariable String option,
                              @Parameter(description = "`pros` or `cons`") @PathVariable String list,
                              @Parameter(description = "The item's place in its list, from 0") @PathVariable int index,
                              @Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey) {
        String reader = ReaderKeys.readerOf(readerKey);
        KnownTopic topic = topics.require(slug);
        if (topic.isArchived()) {
            throw Problems.conflict("Topic '" + slug + "' is archived and no longer takes marks.");
        }
        marks.mark(topic, option, list, index, reader);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(ITEM)
    @Operation(operationId = "unmarkItem", summary = "Take back your mark on a pro or con",
            description = "Taking back a mark you did not make changes nothing.",
            security = {@SecurityRequirement(name = ApiDescriptionConventions.READER_COOKIE), @SecurityRequirement(name = ApiDescriptionConventions.BEARER)})
    @ApiResponse(responseCode = "204", description = "Not marked (any more)")
    @ApiResponse(responseCode = "404", description = "No such topic, option, list or index")
    @Transactional
    ResponseEntity<Void> unmark(@PathVariable String slug, @PathVariable String option,
                                @Parameter(description = "`pros` or `cons`") @PathVariable String list,
                                @Parameter(description = "The item's place in its list, from 0") @PathVariable int index,
                                @Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey) {
        String reader = ReaderKeys.readerOf(readerKey);
        marks.unmark(topics.require(slug), option, list, index, reader);
        return ResponseEntity.noContent().build();
    }

    /** The answer of {@link #list}: {@code {"items": [...]}}. */
    record ItemMarkList(List<ItemMark> items) {
    }
}
