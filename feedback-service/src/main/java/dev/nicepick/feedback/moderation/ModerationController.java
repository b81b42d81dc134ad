package dev.nicepick.feedback.moderation;

import dev.nicepick.feedback.store.FeedbackStore;
import dev.nicepick.feedback.store.StoredFeedback;
import dev.nicepick.web.openapi.ApiDescriptionConventions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.UUID;

@RestController
@Tag(name = "Moderation", description = "Moderators review, hide and restore feedback")
@SecurityRequirement(name = ApiDescriptionConventions.BEARER)
class ModerationController {

    private final FeedbackStore store;
    private final Moderation moderation;

    ModerationController(FeedbackStore store, Moderation moderation) {
        this.store = store;
        this.moderation = moderation;
    }

    @GetMapping(path = "/api/feedback", produces = "application/json")
    @Operation(operationId = "listFeedback", summary = "Feedback for moderators, newest first, with reply addresses",
            description = "Needs the role moderator.")
    Map<String, Object> list(@RequestParam(required = false) String topic,
                             @RequestParam(required = false) @Pattern(regexp = "visible|hidden|withdrawn") String status,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        List<StoredFeedback> items = store.list(topic, status, page, size);
        return Map.of("items", items, "page", page, "size", size);
    }

    @PostMapping(path = "/api/feedback/{id}/hide", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "hideFeedback", summary = "Hide a feedback: it stops counting",
            description = "Needs the role moderator.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(name = "hide", value = """
                            {"reason": "Spam: three links to a shop."}"""))))
    @ApiResponse(responseCode = "200", description = "Hidden")
    @ApiResponse(responseCode = "409", description = "Not visible (already hidden or withdrawn)")
    StoredFeedback hide(@PathVariable UUID id, @Valid @RequestBody ModerationRequest request, Authentication moderator) {
        return moderation.hide(id, request.reason(), moderator.getName());
    }

    @PostMapping(path = "/api/feedback/{id}/restore", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "restoreFeedback", summary = "Restore a hidden feedback: it counts again",
            description = "Needs the role moderator.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    content = @Content(examples = @ExampleObject(name = "restore", value = """
                            {"reason": "Hidden by mistake."}"""))))
    @ApiResponse(responseCode = "200", description = "Restored")
    @ApiResponse(responseCode = "409", description = "Not hidden")
    StoredFeedback restore(@PathVariable UUID id, @Valid @RequestBody ModerationRequest request, Authentication moderator) {
        return moderation.restore(id, request.reason(), moderator.getName());
    }
}
