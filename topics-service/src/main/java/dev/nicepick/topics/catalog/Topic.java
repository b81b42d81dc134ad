package dev.nicepick.topics.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nicepick.topics.verdict.LatestVerdict;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A comparison as stored, and as the API shows it.
 *
 * @param version raised by every change; ETags and events carry it
 * @param verdict the latest verdict verdict-service published, when there is one
 */
public record Topic(
        UUID id,
        String slug,
        String title,
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
        @JsonInclude(JsonInclude.Include.NON_NULL) LatestVerdict verdict) {

    static Topic draft(TopicRequest request, Instant now) {
        return new Topic(UUID.randomUUID(), request.slug(), request.title(), request.category(), request.tags(),
                request.intro(), request.options(), request.editorialPick(), request.bottomLine(), TopicStatus.DRAFT,
                1, now, now, null);
    }

    Topic revisedBy(TopicRequest request, Instant now) {
        return new Topic(id, slug, request.title(), request.category(), request.tags(), request.intro(),
                request.options(), request.editorialPick(), request.bottomLine(), status, version + 1, createdAt, now,
                verdict);
    }

    Topic withStatus(TopicStatus newStatus, Instant now) {
        return new Topic(id, slug, title, category, tags, intro, options, editorialPick, bottomLine, newStatus,
                version + 1, createdAt, now, verdict);
    }

    /** Changes with every edit and with every new verdict revision, so caches see both. */
    public String etag() {
        return "\"" + version + "." + (verdict == null ? 0 : verdict.revision()) + "\"";
    }
}
