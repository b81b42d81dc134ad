package dev.nicepick.feedback.intake;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.web.openapi.ApiDescriptionConventions;
import dev.nicepick.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Pattern;

@RestController
@Tag(name = "Feedback", description = "Readers tell us when they disagree")
class FeedbackController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final FeedbackIntake intake;

    FeedbackController(FeedbackIntake intake) {
        this.intake = intake;
    }

    /**
     * The reader is {@code X-Reader-Key}, which only the gateway may set: without its credential the header
     * is removed before this reads it (see {@code GatewayTrustFilter}), and the vote is refused.
     */
    @PostMapping(path = "/api/topics/{slug}/feedback", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "submitFeedback", summary = "Give feedback on a topic's pick; 202 once it and its event are stored",
            description = "One vote per reader and topic counts: the latest. The reader is named by the gateway's reader cookie "
                    + "(or the bearer token's subject). At most 5 accepted feedback per reader and 60 per network address a minute.",
            security = {@SecurityRequirement(name = ApiDescriptionConventions.READER_COOKIE), @SecurityRequirement(name = ApiDescriptionConventions.BEARER)},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "disagree", value = """
                            {"stance": "disagree", "preferredOption": "multiprocessing",
                             "comment": "One machine is plenty for our workload.", "email": "reader@example.com"}"""),
                    @ExampleObject(name = "agree", value = """
                            {"stance": "agree", "preferredOption": "distributed-systems"}""")})))
    @ApiResponse(responseCode = "202", description = "Stored with its event; the tally follows shortly",
            headers = @Header(name = HttpHeaders.LOCATION))
    @ApiResponse(responseCode = "403", description = "No reader identity: get the reader cookie from the gateway first")
    @ApiResponse(responseCode = "409", description = "The topic is archived and takes no feedback")
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before with another body")
    @ApiResponse(responseCode = "429", description = "Too many feedback from this reader or network address; see Retry-After")
    ResponseEntity<IntakeAnswer> submit(@PathVariable String slug,
                                        @Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey,
                                        @Parameter(description = "Makes a repeated submission harmless: the same key and body get the first answer")
                                        @RequestHeader(name = HeaderNames.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                        @Valid @RequestBody FeedbackRequest request, HttpServletRequest http) {
        if (readerKey == null || !KEY.matcher(readerKey).matches()) {
            throw Problems.invalid(HeaderNames.READER_KEY, "ReaderKey", "a reader key of 8 to 128 letters, digits or ._:- is required");
        }
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw Problems.invalid(HeaderNames.IDEMPOTENCY_KEY, "Pattern", "must be 8 to 128 letters, digits or ._:-");
        }
        FeedbackIntake.Accepted accepted = intake.submit(slug, readerKey, http.getRemoteAddr(), idempotencyKey, request);
        return ResponseEntity.accepted().location(URI.create(accepted.location())).body(accepted.answer());
    }

    @DeleteMapping("/api/feedback/{id}")
    @Operation(operationId = "withdrawFeedback", summary = "Withdraw your feedback with the token you were given",
            description = "The feedback stops counting and the tally moves; the withdraw token came with the 202 of the submission.")
    @ApiResponse(responseCode = "204", description = "Withdrawn: it no longer counts")
    @ApiResponse(responseCode = "403", description = "The withdraw token does not match this feedback")
    ResponseEntity<Void> withdraw(@PathVariable UUID id,
                                  @Parameter(description = "The withdrawToken the submission answered")
                                  @RequestHeader(name = HeaderNames.WITHDRAW_TOKEN, required = false) String token) {
        intake.withdraw(id, token);
        return ResponseEntity.noContent().build();
    }
}
