package dev.nicepick.feedback.moderation;

import dev.nicepick.events.feedback.FeedbackHidden;
import dev.nicepick.events.feedback.FeedbackRestored;
import dev.nicepick.feedback.store.FeedbackStore;
import dev.nicepick.feedback.store.StoredFeedback;
import dev.nicepick.feedback.tally.Tallies;
import dev.nicepick.feedback.topics.TopicDirectory;
import dev.nicepick.web.problem.ApiProblem;
import dev.nicepick.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;
import java.util.UUID;

/** Hiding takes a feedback out of the tally; restoring puts it back. Each is announced like intake. */
@Service
class Moderation {

    private static final Logger log = LoggerFactory.getLogger(Moderation.class);

    private final FeedbackStore store;
    private final Tallies tallies;
    private final TopicDirectory topics;

    Moderation(FeedbackStore store, Tallies tallies, TopicDirectory topics) {
        this.store = store;
        this.tallies = tallies;
        this.topics = topics;
    }

    @Transactional
    public StoredFeedback hide(UUID id, String reason, String moderator) {
        return move(id, "visible", "hidden", reason, moderator);
    }

    @Transactional
    public StoredFeedback restore(UUID id, String reason, String moderator) {
        return move(id, "hidden", "visible", reason, moderator);
    }

    private StoredFeedback move(UUID id, String from, String to, String reason, String moderator) {
        StoredFeedback feedback = store.find(id).orElseThrow(() -> Problems.notFound("feedback", id.toString()));
        if (!feedback.status().equals(from)) {
            throw notIn(feedback, from);
        }
        if (!tallies.change(topics.get(feedback.topicId()), id, store.move(id, Set.of(from), to, reason),
                to.equals("hidden") ? FeedbackHidden::new : FeedbackRestored::new)) {
            // another moderator moved it meanwhile
            throw notIn(store.find(id).orElseThrow(), from);
        }
        log.info("Feedback {} {} by moderator {}", id, to, moderator);
        return store.find(id).orElseThrow();
    }

    private static ApiProblem notIn(StoredFeedback feedback, String status) {
        return Problems.conflict("Feedback " + feedback.id() + " is " + feedback.status() + ", not " + status + ".");
    }
}
