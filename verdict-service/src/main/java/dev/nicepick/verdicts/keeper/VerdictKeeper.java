package dev.nicepick.verdicts.keeper;

import dev.nicepick.events.topics.TopicState;
import dev.nicepick.events.verdicts.VerdictIssued;
import dev.nicepick.lag.LagRecorder;
import dev.nicepick.messaging.outbox.OutboxWriter;
import dev.nicepick.verdicts.VerdictSettings;
import dev.nicepick.verdicts.engine.ComparisonType;
import dev.nicepick.verdicts.engine.Verdict;
import dev.nicepick.verdicts.engine.VerdictEngine;
import dev.nicepick.verdicts.engine.VerdictInput;
import dev.nicepick.verdicts.engine.VerdictOption;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps each topic's verdict up to date: computes it from what the events said, and records a new revision
 * (with its inputs, and its event through the outbox) only when readers would see something different.
 * Incremental updates and both recompute modes all come through here, so they cannot disagree.
 */
@Service
public class VerdictKeeper {

    private static final Logger log = LoggerFactory.getLogger(VerdictKeeper.class);

    private final TopicInputs inputs;
    private final VerdictRevisions revisions;
    private final OutboxWriter outbox;
    private final LagRecorder lag;
    private final VerdictSettings settings;
    private final VerdictEngine engine = new VerdictEngine();
    private final Clock clock = Clock.systemUTC();
    private final Counter computed;
    private final Counter revised;

    VerdictKeeper(TopicInputs inputs, VerdictRevisions revisions, OutboxWriter outbox, LagRecorder lag,
                  VerdictSettings settings, MeterRegistry meters) {
        this.inputs = inputs;
        this.revisions = revisions;
        this.outbox = outbox;
        this.lag = lag;
        this.settings = settings;
        this.computed = Counter.builder("nicepick.verdicts.computed").description("Verdicts computed").register(meters);
        this.revised = Counter.builder("nicepick.verdicts.revisions").description("New verdict revisions published").register(meters);
    }

    /**
     * A refresh no feedback change asked for (a topic change, a recompute): its revision has no
     * {@code feedbackAcceptedAt} and records no lag.
     *
     * @return the current verdict after the refresh; empty while the topic is unknown
     */
    @Transactional
    public Optional<StoredVerdict> refresh(UUID topicId) {
        return refresh(topicId, null);
    }

    /**
     * @param feedbackAcceptedAt the {@code acceptedAt} of the feedback event that asked for this refresh, or null: a new
     *                           revision carries it as {@code VerdictIssued.feedbackAcceptedAt} and records the
     *                           {@code vote-to-verdict} lag ({@code computedAt} − it) in the same transaction
     * @return the current verdict after the refresh; empty while the topic is unknown
     */
    @Transactional
    public Optional<StoredVerdict> refresh(UUID topicId, Instant feedbackAcceptedAt) {
        Optional<TopicState> topic = inputs.lock(topicId);
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        TopicState state = topic.get();
        TopicInputs.Tally tally = inputs.tally(topicId);
        Optional<StoredVerdict> current = revisions.current(topicId);
        VerdictInput input = input(state, tally, current);
        Verdict verdict = engine.compute(input);
        computed.increment();
        if (current.isPresent() && !current.get().differsFrom(verdict)) {
            return current;
        }
        // to the microsecond PostgreSQL keeps, so the event, the history and the lag sample say the same instant
        StoredVerdict next = new StoredVerdict(topicId, state.slug(), current.map(c -> c.revision() + 1).orElse(1L),
                verdict, recomputable(input, state, tally), clock.instant().truncatedTo(ChronoUnit.MICROS));
        revisions.insert(next);
        outbox.append(new VerdictIssued(topicId, state.slug(), next.revision(), verdict.winner(), verdict.probability(),
                verdict.split(), verdict.editorialPick(), verdict.overturned(), verdict.reasonText(),
                verdict.useIf().stream().map(u -> new VerdictIssued.UseIf(u.option(), u.text())).toList(),
                verdict.bottomLine(), next.computedAt(), verdict.outcome().value(), verdict.headline(), progress(verdict.progress()),
                feedbackAcceptedAt));
        if (feedbackAcceptedAt != null) {
            lag.record(feedbackAcceptedAt, next.computedAt());
        }
        revised.increment();
        log.info("Verdict revision {} of {}: {} {} ({})", next.revision(), state.slug(), verdict.outcome().value(), verdict.winner(), verdict.reason());
        return Optional.of(next);
    }

    /**
     * The engine's input for the topic as {@link #refresh} would build it now, read without the topic's lock and
     * writing nothing (the lab's experiments compute from it).
     *
     * @return empty while the topic is unknown
     */
    public Optional<VerdictInput> currentInput(UUID topicId) {
        return inputs.state(topicId).map(state -> input(state, inputs.tally(topicId), revisions.current(topicId)));
    }

    /**
     * Readers' pick stays in force (stability) only while it is an option and was theirs; otherwise the
     * editors' current pick is what a challenger must beat.
     */
    private VerdictInput input(TopicState state, TopicInputs.Tally tally, Optional<StoredVerdict> current) {
        List<VerdictOption> options = state.options().stream()
                .map(o -> new VerdictOption(o.key(), o.name(), o.pros(), o.cons(), o.bestFor())).toList();
        Set<String> keys = options.stream().map(VerdictOption::key).collect(Collectors.toSet());
        Map<String, Long> votes = tally.votes().entrySet().stream().filter(e -> keys.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        String inForce = current.map(StoredVerdict::verdict).filter(Verdict::overturned).map(Verdict::winner)
                .filter(keys::contains).orElse(null);
        return new VerdictInput(options, ComparisonType.of(state.type()), state.editorialPick().option(), state.editorialPick().strength(), votes,
                inForce, state.bottomLine(), settings.parameters());
    }

    private static VerdictIssued.Progress progress(Verdict.Progress p) {
        return new VerdictIssued.Progress(p.votes(), p.minimumVotes(), p.threshold(), p.challenger(), p.challengerProbability());
    }

    /** Everything the engine was given, so anyone can compute the same verdict. */
    private static Map<String, Object> recomputable(VerdictInput input, TopicState state, TopicInputs.Tally tally) {
        Map<String, Object> recorded = new LinkedHashMap<>();
        recorded.put("model", "nicepick verdict model v2");
        recorded.put("type", input.type().value());
        recorded.put("options", input.options().stream().map(VerdictOption::key).toList());
        recorded.put("editorialPick", input.editorialPick());
        recorded.put("editorialStrength", input.editorialStrength());
        recorded.put("votes", input.votes());
        recorded.put("pickInForce", input.currentWinner() == null ? input.editorialPick() : input.currentWinner());
        recorded.put("threshold", input.parameters().threshold());
        recorded.put("decisive", input.parameters().decisive());
        recorded.put("minimumVotes", input.parameters().minimumVotes());
        recorded.put("monteCarloDraws", input.options().size() > 2 ? input.parameters().draws() : 0);
        recorded.put("topicVersion", state.version());
        recorded.put("tallySequence", tally.sequence());
        return recorded;
    }
}
