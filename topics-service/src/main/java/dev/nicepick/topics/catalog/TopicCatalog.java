package dev.nicepick.topics.catalog;

import dev.nicepick.events.Event;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.messaging.outbox.OutboxWriter;
import dev.nicepick.web.problem.Problems;
import dev.nicepick.web.slug.CanonicalSlugs;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * What editors do to topics. Every change that readers or other services can see is announced by an
 * event written in the same transaction.
 */
@Service
public class TopicCatalog {

    private final TopicStore topics;
    private final TopicSearch search;
    private final OutboxWriter outbox;
    private final Clock clock;

    TopicCatalog(TopicStore topics, TopicSearch search, OutboxWriter outbox) {
        this.topics = topics;
        this.search = search;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Topic create(TopicRequest request) {
        request.checkConsistency();
        Topic topic = Topic.draft(request, clock.instant());
        try {
            topics.insert(topic);
        } catch (DuplicateKeyException e) {
            throw Problems.conflict("A topic with slug '" + request.slug()
                    + "', or with its options in another order, already exists.");
        }
        return topic;
    }

    /**
     * @param expectedVersion the version the editor's copy was made from, another one meaning someone changed the
     *                        topic meanwhile (412); empty to overwrite whatever version is there ({@code If-Match: *})
     */
    @Transactional
    public Topic revise(String slug, TopicRequest request, OptionalLong expectedVersion) {
        request.checkConsistency();
        // a variant of the slug is redirected first, so the editor's body then reaches the canonical path
        Topic current = locked(slug);
        if (!slug.equals(request.slug())) {
            throw Problems.invalid("slug", "Unchanged", "the slug of a topic cannot change (path says '" + slug + "')");
        }
        if (expectedVersion.isPresent() && current.version() != expectedVersion.getAsLong()) {
            throw Problems.preconditionFailed("The topic is at version " + current.version() + ", your copy is of version "
                    + expectedVersion.getAsLong() + ". Reload it and apply your change again.");
        }
        Topic revised = current.revisedBy(request, clock.instant());
        topics.update(revised);
        if (revised.status() == TopicStatus.PUBLISHED) {
            outbox.append(new TopicRevised(state(revised)));
        }
        return revised;
    }

    @Transactional
    public Topic publish(String slug) {
        Topic current = locked(slug);
        if (current.status() == TopicStatus.PUBLISHED) {
            throw Problems.conflict("Topic '" + slug + "' is already published.");
        }
        return change(current, TopicStatus.PUBLISHED, published -> new TopicPublished(state(published)));
    }

    @Transactional
    public Topic archive(String slug) {
        Topic current = locked(slug);
        if (current.status() == TopicStatus.ARCHIVED) {
            throw Problems.conflict("Topic '" + slug + "' is already archived.");
        }
        return change(current, TopicStatus.ARCHIVED, archived -> new TopicArchived(archived.id(), archived.slug(),
                archived.version()));
    }

    /**
     * Published and archived topics are public; drafts only editors see.
     *
     * @throws dev.nicepick.web.slug.SlugMoved when the slug is a variant of a topic's the caller may see
     * @throws dev.nicepick.web.problem.ApiProblem 404 otherwise
     */
    @Transactional(readOnly = true)
    public Topic get(String slug, boolean editor) {
        return topics.findBySlug(slug).filter(t -> editor || t.status() != TopicStatus.DRAFT)
                .orElseThrow(() -> notFoundOrMoved(slug, editor));
    }

    /**
     * @param sort {@code newest}, {@code most-voted}, {@code most-contested}, or null for the best text match first
     * @throws dev.nicepick.web.problem.ApiProblem 400 for another sort
     */
    @Transactional(readOnly = true)
    public TopicPage search(String text, String category, String tag, String sort, int page, int size) {
        return search.find(new TopicQuery(text, category, tag, TopicSort.of(sort), page, size));
    }

    @Transactional(readOnly = true)
    public List<Topic> related(String slug, int limit) {
        return search.related(get(slug, false).id(), limit);
    }

    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return topics.isEmpty();
    }

    private Topic change(Topic current, TopicStatus status, Function<Topic, Event> event) {
        Topic changed = current.withStatus(status, clock.instant());
        topics.update(changed);
        outbox.append(event.apply(changed));
        return changed;
    }

    private Topic locked(String slug) {
        return topics.lockBySlug(slug).orElseThrow(() -> notFoundOrMoved(slug, true));
    }

    /** @param editor whether the caller may learn of drafts */
    private RuntimeException notFoundOrMoved(String slug, boolean editor) {
        return CanonicalSlugs.notFoundOrMoved("topic", slug, key -> topics.canonicalSlug(key, editor));
    }

    /** What consumers need to compute and word a verdict without calling back. */
    static TopicState state(Topic topic) {
        return new TopicState(topic.id(), topic.slug(), topic.title(), topic.status().value(), topic.version(),
                new TopicState.EditorialPick(topic.editorialPick().option(), topic.editorialPick().strength()),
                topic.options().stream().map(o -> new TopicState.TopicOption(o.key(), o.name(), o.pros(), o.cons(),
                        o.bestFor(), o.kind() == null ? null : o.kind().value())).toList(),
                topic.bottomLine(), topic.type().value());
    }
}
