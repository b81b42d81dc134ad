package dev.nicepick.feedback.intake;

import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.feedback.FeedbackWithdrawn;
import dev.nicepick.feedback.store.FeedbackStore;
import dev.nicepick.feedback.store.StoredFeedback;
import dev.nicepick.feedback.tally.Tallies;
import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.feedback.topics.TopicDirectory;
import dev.nicepick.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Takes feedback in. It is acknowledged only once the feedback and its event are committed together; a
 * reader's newer feedback on a topic replaces their older one in the tally.
 */
@Service
public class FeedbackIntake {

    private static final Logger log = LoggerFactory.getLogger(FeedbackIntake.class);

    private static final Set<String> WITHDRAWABLE = Set.of("visible", "hidden");

    private final TopicDirectory topics;
    private final FeedbackStore store;
    private final Tallies tallies;
    private final AbuseGuard guard;
    private final IdempotencyRecords idempotency;
    private final JsonMapper json;
    private final SecureRandom random = new SecureRandom();

    FeedbackIntake(TopicDirectory topics, FeedbackStore store, Tallies tallies, AbuseGuard guard,
                   IdempotencyRecords idempotency, JsonMapper json) {
        this.topics = topics;
        this.store = store;
        this.tallies = tallies;
        this.guard = guard;
        this.idempotency = idempotency;
        this.json = json;
    }

    /**
     * @param location  where the feedback is ({@code /api/feedback/{id}})
     * @param unchanged true when the submission equalled the reader's current vote: nothing was stored (200, not 202)
     */
    public record Accepted(String location, IntakeAnswer answer, boolean unchanged) {
    }

    /**
     * The vote means what {@link StanceRule} says; a submission equal to the reader's current vote (stance, option,
     * comment) changes nothing, publishes nothing and does not count against the per-reader limit.
     *
     * @param idempotencyKey optional; a repeat with the same key and body gets the first answer
     */
    @Transactional
    public Accepted submit(String slug, String readerKey, String address, String idempotencyKey, FeedbackRequest request) {
        // first, so a variant of the slug is redirected before its idempotency key is looked at
        KnownTopic topic = topics.require(slug);
        String reader = Hashes.sha256(readerKey);
        // only a request that may be repeated needs its fingerprint
        String requestHash = idempotencyKey == null ? null : Hashes.sha256(slug + "\n" + json.writeValueAsString(request));
        if (idempotencyKey != null) {
            var earlier = idempotency.earlier(reader, idempotencyKey, requestHash);
            if (earlier.isPresent()) {
                return new Accepted(earlier.get().location(), earlier.get().answer(), false);
            }
        }
        if (topic.isArchived()) {
            throw Problems.conflict("Topic '" + slug + "' is archived and no longer takes feedback.");
        }
        StanceRule.Vote vote = StanceRule.resolve(topic, request);
        String comment = blankToNull(request.comment());
        var current = store.current(topic.topicId(), reader);
        if (current.isPresent() && current.get().stance().equals(vote.stance())
                && current.get().preferredOption().equals(vote.preferredOption()) && Objects.equals(current.get().comment(), comment)) {
            UUID id = current.get().id();
            return new Accepted("/api/feedback/" + id, new IntakeAnswer(id, "unchanged", null), true);
        }
        guard.check(request, reader, address);

        UUID id = UUID.randomUUID();
        String token = newToken();
        Accepted accepted = new Accepted("/api/feedback/" + id, new IntakeAnswer(id, "accepted", token), false);
        if (idempotencyKey != null && !idempotency.record(reader, idempotencyKey, requestHash, accepted.location(), accepted.answer())) {
            // a concurrent request with this key committed first: answer as it did
            var first = idempotency.earlier(reader, idempotencyKey, requestHash).orElseThrow();
            return new Accepted(first.location(), first.answer(), false);
        }
        tallies.change(topic, id, store.supersedeAndInsert(new FeedbackStore.NewFeedback(id, topic.topicId(), reader,
                address, vote.stance(), vote.preferredOption(), comment,
                blankToNull(request.email()), Hashes.sha256(token))), FeedbackAccepted::new);
        log.info("Feedback {} accepted for topic {} (reply address {})", id, slug, Emails.mask(request.email()));
        return accepted;
    }

    /** Only with the token given at intake; withdrawing twice changes nothing more. */
    @Transactional
    public void withdraw(UUID id, String token) {
        String expected = store.withdrawTokenHash(id).orElseThrow(() -> Problems.notFound("feedback", id.toString()));
        if (token == null || !expected.equals(Hashes.sha256(token))) {
            throw Problems.forbidden("The withdraw token does not match this feedback.");
        }
        withdraw(store.find(id).orElseThrow());
    }

    /**
     * The reader's current vote on the topic (the latest, not withdrawn; it may be hidden).
     *
     * @throws dev.nicepick.web.problem.ApiProblem 404 when the reader has none
     */
    @Transactional(readOnly = true)
    public StoredFeedback mine(String slug, String readerKey) {
        KnownTopic topic = topics.require(slug);
        return store.current(topic.topicId(), Hashes.sha256(readerKey))
                .orElseThrow(() -> Problems.notFound("vote of yours on topic", slug));
    }

    /** Withdraws the reader's current vote as the token does: same change, same event. 404 when there is none. */
    @Transactional
    public void withdrawMine(String slug, String readerKey) {
        withdraw(mine(slug, readerKey));
    }

    private void withdraw(StoredFeedback feedback) {
        if (feedback.status().equals("withdrawn")) {
            return;
        }
        // false: a concurrent withdrawal made it first, which is the same outcome
        if (tallies.change(topics.get(feedback.topicId()), feedback.id(),
                store.move(feedback.id(), WITHDRAWABLE, "withdrawn", null), FeedbackWithdrawn::new)) {
            log.info("Feedback {} withdrawn by its reader", feedback.id());
        }
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
