package dev.nicepick.feedback.intake;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
    @Operation(summary = "Give feedback on a topic's pick; 202 once it and its event are stored")
    ResponseEntity<IntakeAnswer> submit(@PathVariable String slug,
                                        @RequestHeader(name = HeaderNames.READER_KEY, required = false) String readerKey,
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
    @Operation(summary = "Withdraw your feedback with the token you were given")
    ResponseEntity<Void> withdraw(@PathVariable UUID id, @RequestHeader(name = HeaderNames.WITHDRAW_TOKEN, required = false) String token) {
        intake.withdraw(id, token);
        return ResponseEntity.noContent().build();
    }
}
