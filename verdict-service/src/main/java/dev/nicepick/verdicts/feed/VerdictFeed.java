package dev.nicepick.verdicts.feed;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * Verdict revisions as an Atom 1.0 document (RFC 4287), written by ROME. Ids are tag URIs (RFC 4151) that never
 * change: {@code tag:nicepick.dev,2026:verdicts}, {@code ...:verdicts/{slug}} for a topic's feed and
 * {@code ...:verdicts/{slug}/{revision}} for an entry. Links are relative to the site ({@code /compare/{slug}}).
 */
final class VerdictFeed {

    static final String ATOM = "application/atom+xml";

    private static final String ID = "tag:nicepick.dev,2026:verdicts";

    /** The feed of every topic's verdict changes. */
    static String ofAll(List<FeedRevisions.FeedRevision> revisions) {
        return write(feed("nicepick: verdict changes", ID, "/", "/api/verdicts/feed", revisions));
    }

    /** One topic's verdict changes; {@code revisions} are that topic's, at least one. */
    static String ofTopic(List<FeedRevisions.FeedRevision> revisions) {
        FeedRevisions.FeedRevision newest = revisions.getFirst();
        return write(feed(newest.title() + ": verdict changes", ID + "/" + newest.slug(), compare(newest.slug()),
                "/api/verdicts/" + newest.slug() + "/feed", revisions));
    }

    /** When the newest entry was computed; the epoch for a feed without entries. */
    static Instant updated(List<FeedRevisions.FeedRevision> revisions) {
        return revisions.isEmpty() ? Instant.EPOCH : revisions.getFirst().computedAt();
    }

    private static Feed feed(String title, String id, String page, String self, List<FeedRevisions.FeedRevision> revisions) {
        Feed feed = new Feed("atom_1.0");
        feed.setTitle(title);
        feed.setId(id);
        feed.setUpdated(Date.from(updated(revisions)));
        feed.setAlternateLinks(List.of(link("alternate", page, "text/html")));
        feed.setOtherLinks(List.of(link("self", self, ATOM)));
        Person author = new Person();
        author.setName("nicepick");
        feed.setAuthors(List.of(author));
        feed.setEntries(revisions.stream().map(VerdictFeed::entry).toList());
        return feed;
    }

    /** Title "<topic title>: <headline>" (the bottom line for a revision from before headlines); summary: why, then the bottom line. */
    private static Entry entry(FeedRevisions.FeedRevision revision) {
        Entry entry = new Entry();
        entry.setTitle(revision.title() + ": " + (revision.headline() == null ? revision.bottomLine() : revision.headline()));
        entry.setId(ID + "/" + revision.slug() + "/" + revision.revision());
        entry.setUpdated(Date.from(revision.computedAt()));
        entry.setAlternateLinks(List.of(link("alternate", compare(revision.slug()), "text/html")));
        Content summary = new Content();
        summary.setType(Content.TEXT);
        summary.setValue(revision.reasonText() + " " + revision.bottomLine());
        entry.setSummary(summary);
        return entry;
    }

    private static String compare(String slug) {
        return "/compare/" + slug;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static String write(Feed feed) {
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException e) {
            // only for a feed type ROME does not know, and atom_1.0 is one it does
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
    }

    private VerdictFeed() {
    }
}
