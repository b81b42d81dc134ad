package dev.nicepick.feedback.suggestions;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.feedback.intake.ReaderKeys;
import dev.nicepick.web.openapi.ApiDescriptionConventions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Suggestions", description = "Readers suggest comparisons; moderators see which are wanted most")
class SuggestionsController {

    private final Suggestions suggestions;

    SuggestionsController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping(path = "/api/suggestions", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "suggestComparison", summary = "Suggest a comparison: \"A vs B\"",
            description = "Names are trimmed, 1 to 100 characters on one line each, and must differ. A pair counts once per reader "
                    + "whatever its case and order. At most 5 new suggestions per reader a minute.",
            security = {@SecurityRequirement(name = ApiDescriptionConventions.READER_COOKIE), @SecurityRequirement(name = ApiDescriptionConventions.BEARER)},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(name = "suggestion", value = """
                            {"first": "Apache Kafka", "second": "RabbitMQ", "reason": "We are choosing a broker this month."}"""))))
    @ApiResponse(responseCode = "200", description = "You had suggested this pair before: nothing changed (`status: unchanged`)")
    @ApiResponse(responseCode = "202", description = "Received (`status: received`)")
    @ApiResponse(responseCode = "429", description = "Too many suggestions from this reader; see Retry-After")
    ResponseEntity<SuggestionAnswer> suggest(@Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey,
                                             @Valid @RequestBody SuggestionRequest request) {
        SuggestionAnswer answer = suggestions.suggest(ReaderKeys.readerOf(readerKey), request);
        return (answer.status().equals("unchanged") ? ResponseEntity.ok() : ResponseEntity.accepted()).body(answer);
    }

    @GetMapping(path = "/api/suggestions", produces = "application/json")
    @Operation(operationId = "listSuggestions", summary = "Suggested pairs with how many readers want each, most suggested first",
            description = "Needs the role moderator.", security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER))
    @ApiResponse(responseCode = "200", description = "One page of pairs")
    SuggestionPage list(@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
                        @Parameter(description = "Pairs per page, 1 to 200") @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return suggestions.list(page, size);
    }
}
