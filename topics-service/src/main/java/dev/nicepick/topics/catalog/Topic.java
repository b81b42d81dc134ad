package dev.nicepick.topics.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nicepick.topics.verdict.LatestVerdict;

import java.util.List;
import java.time.Instant;
import java.util.UUID;

/**
 * A comparison as stored, and as the API shows it.
 *
 * @param type     alternatives (readers pick one) or complementary (readers say which matters more)
 * @param version  raised by every change; ETags and events carry it
 * @param verdict  the latest verdict verdict-service published, when there is one
 * @param warnings what {@link EditorialWarnings} finds weak in the content; only in answers to editors, else null
 */
public record Topic(
        UUID id,
        String slug,
        String title,
        ComparisonType type,
        String category,
        List<String> tags,
        String intro,
        List<TopicOption> options,
        EditorialPick editorialPick,
        String bottomLine,
        TopicStatus status,
        long version,
        Instant createdAt,
        Instant updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) LatestVerdict verdict,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<EditorialWarning> warnings) {

    static Topic draft(TopicRequest request, Instant now) {
        return new Topic(UUID.randomUUID(), request.slug(), request.title(), request.type(), request.category(),
                request.tags(), request.intro(), request.options(), request.editorialPick(), request.bottomLine(),
                TopicStatus.DRAFT, 1, now, now, null, null);
    }

    Topic revisedBy(TopicRequest request, Instant now) {
        return new Topic(id, slug, request.title(), request.type(), request.category(), request.tags(), request.intro(),
                request.options(), request.editorialPick(), request.bottomLine(), status, version + 1, createdAt, now,
                verdict, null);
    }

    Topic withStatus(TopicStatus newStatus, Instant now) {
        return new Topic(id, slug, title, type, category, tags, intro, options, editorialPick, bottomLine, newStatus,
                version + 1, createdAt, now, verdict, null);
    }

    /** This topic as an editor sees it: with every warning about its content (an empty list when there is none). */
    Topic withWarnings() {
        return new Topic(id, slug, title, type, category, tags, intro, options, editorialPick, bottomLine, status,
                version, createdAt, updatedAt, verdict, EditorialWarnings.of(this));
    }

    /** Changes with every edit and with every new verdict revision, so caches see both. */
    public String etag() {
        return "\"" + version + "." + (verdict == null ? 0 : verdict.revision()) + "\"";
    }
}
