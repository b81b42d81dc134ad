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
import dev.nicepick.feedback.store.StoredFeedback;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
@Tag(name = "Feedback", description = "Readers tell us when they disagree")
class FeedbackController {

    private static final CacheControl PRIVATE = CacheControl.noStore().cachePrivate();

    private final FeedbackIntake intake;

    FeedbackController(FeedbackIntake intake) {
        this.intake = intake;
    }

    /** The reader is {@code X-Reader-Key} ({@link ReaderKeys}); 202 for a new vote, 200 for one equal to the current. */
    @PostMapping(path = "/api/topics/{slug}/feedback", consumes = "application/json", produces = "application/json")
    @Operation(operationId = "submitFeedback", summary = "Give feedback on a topic's pick; 202 once it and its event are stored",
            description = "One vote per reader and topic counts: the latest. The reader is named by the gateway's reader cookie "
                    + "(or the bearer token's subject). At most 5 accepted feedback per reader and 60 per network address a minute. "
                    + "For an `alternatives` comparison, `agree` is a vote for the pick in force (`preferredOption` may be omitted "
                    + "and is filled in) and `disagree` names another option; a vote that contradicts itself is refused with 422; without a `stance`, the named "
                    + "option decides it (agree when it is the pick in force), so a client need not know the pick. "
                    + "For a `complementary` comparison, `preferredOption` (the option that matters more to the reader) is required "
                    + "and `stance` is absent or `agree` (there is no pick to disagree with: `disagree` is refused with 422). A submission equal to the reader's current vote (stance, option, "
                    + "comment) is answered 200 `unchanged`: nothing is stored or published, and it does not count against the limit.",
            security = {@SecurityRequirement(name = ApiDescriptionConventions.READER_COOKIE), @SecurityRequirement(name = ApiDescriptionConventions.BEARER)},
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "disagree", value = """
                            {"stance": "disagree", "preferredOption": "multiprocessing",
                             "comment": "One machine is plenty for our workload.", "email": "reader@example.com"}"""),
                    @ExampleObject(name = "agree", value = """
                            {"stance": "agree"}""")})))
    @ApiResponse(responseCode = "200", description = "Equal to your current vote: nothing changed (`status: unchanged`, no withdraw token)",
            headers = @Header(name = HttpHeaders.LOCATION))
    @ApiResponse(responseCode = "202", description = "Stored with its event; the tally follows shortly",
            headers = @Header(name = HttpHeaders.LOCATION))
    @ApiResponse(responseCode = "403", description = "No reader identity: get the reader cookie from the gateway first")
    @ApiResponse(responseCode = "409", description = "The topic is archived and takes no feedback")
    @ApiResponse(responseCode = "422", description = "The vote contradicts itself (`agree` naming another option than the pick, "
            + "`disagree` naming the pick; `errors[0].field` is `preferredOption`; `disagree` on a complementary comparison: "
            + "`errors[0].field` is `stance`), or the Idempotency-Key was used before with another body")
    @ApiResponse(responseCode = "429", description = "Too many feedback from this reader or network address; see Retry-After")
    ResponseEntity<IntakeAnswer> submit(@PathVariable String slug,
                                        @Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey,
                                        @Parameter(description = "Makes a repeated submission harmless: the same key and body get the first answer")
                                        @RequestHeader(name = HeaderNames.IDEMPOTENCY_KEY, required = false) String idempotencyKey,
                                        @Valid @RequestBody FeedbackRequest request, HttpServletRequest http) {
        ReaderKeys.require(readerKey);
        if (idempotencyKey != null && !ReaderKeys.KEY.matcher(idempotencyKey).matches()) {
            throw Problems.invalid(HeaderNames.IDEMPOTENCY_KEY, "Pattern", "must be 8 to 128 letters, digits or ._:-");
        }
        FeedbackIntake.Accepted accepted = intake.submit(slug, readerKey, http.getRemoteAddr(), idempotencyKey, request);
        return (accepted.unchanged() ? ResponseEntity.ok() : ResponseEntity.accepted())
                .location(URI.create(accepted.location())).body(accepted.answer());
    }

    @GetMapping(path = "/api/topics/{slug}/feedback/mine", produces = "application/json")
    @Operation(operationId = "getOwnFeedback", summary = "Your current vote on a topic",
            description = "The calling reader's latest vote, unless withdrawn (a hidden one shows as `hidden`). Never cached.",
            security = {@SecurityRequirement(name = ApiDescriptionConventions.READER_COOKIE), @SecurityRequirement(name = ApiDescriptionConventions.BEARER)})
    @ApiResponse(responseCode = "200", description = "Your current vote", headers = @Header(name = HttpHeaders.CACHE_CONTROL))
    @ApiResponse(responseCode = "404", description = "No topic with this slug, or no current vote of yours on it")
    ResponseEntity<OwnVote> mine(@PathVariable String slug,
                                 @Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey) {
        StoredFeedback vote = intake.mine(slug, ReaderKeys.require(readerKey));
        return ResponseEntity.ok().cacheControl(PRIVATE).body(new OwnVote(vote.id(), vote.stance(), vote.preferredOption(),
                vote.comment(), vote.status(), vote.createdAt()));
    }

    @DeleteMapping("/api/topics/{slug}/feedback/mine")
    @Operation(operationId = "withdrawOwnFeedback", summary = "Withdraw your current vote on a topic",
            description = "As the withdraw token does: the vote stops counting, the tally moves and the change is published.",
            security = {@SecurityRequirement(name = ApiDescriptionConventions.READER_COOKIE), @SecurityRequirement(name = ApiDescriptionConventions.BEARER)})
    @ApiResponse(responseCode = "204", description = "Withdrawn: it no longer counts", headers = @Header(name = HttpHeaders.CACHE_CONTROL))
    @ApiResponse(responseCode = "404", description = "No topic with this slug, or no current vote of yours on it")
    ResponseEntity<Void> withdrawMine(@PathVariable String slug,
                                      @Parameter(hidden = true) @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey) {
        intake.withdrawMine(slug, ReaderKeys.require(readerKey));
        return ResponseEntity.noContent().cacheControl(PRIVATE).build();
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
