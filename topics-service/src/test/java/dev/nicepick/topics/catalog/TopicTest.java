package dev.nicepick.topics.catalog;

import dev.nicepick.topics.verdict.LatestVerdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A topic's ETag names both its version and its verdict revision; every change raises the version. */
class TopicTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Topic draft = new Topic(UUID.randomUUID(), "rest-vs-grpc", "REST vs gRPC", ComparisonType.ALTERNATIVES, "APIs", List.of("api"), "Intro",
            List.of(), new EditorialPick("rest", 10), "Bottom line", TopicStatus.DRAFT, 1, NOW, NOW, null, null);

    @Test
    void theEtagIsVersionDotVerdictRevisionAndZeroBeforeAnyVerdict() {
        assertThat(draft.etag()).isEqualTo("\"1.0\"");
        Topic withVerdict = new Topic(draft.id(), draft.slug(), draft.title(), draft.type(), draft.category(), draft.tags(), draft.intro(),
                draft.options(), draft.editorialPick(), draft.bottomLine(), draft.status(), 4, NOW, NOW,
                new LatestVerdict("rest", "winner", null, 0.99, Map.of("rest", 3L), 7, NOW), null);
        assertThat(withVerdict.etag()).isEqualTo("\"4.7\"");
    }

    @Test
    void aStatusChangeRaisesTheVersionAndKeepsTheRest() {
        Instant later = NOW.plusSeconds(60);

        Topic published = draft.withStatus(TopicStatus.PUBLISHED, later);

        assertThat(published.version()).isEqualTo(2);
        assertThat(published.status()).isEqualTo(TopicStatus.PUBLISHED);
        assertThat(published.updatedAt()).isEqualTo(later);
        assertThat(published.createdAt()).isEqualTo(NOW);
        assertThat(published.etag()).isNotEqualTo(draft.etag());
    }
}
