package dev.nicepick.web.slug;

import dev.nicepick.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalSlugsTest {

    private static final Map<String, String> STORED = Map.of("grpc-vs-rest", "rest-vs-grpc");

    @Test
    void aVariantOfAStoredSlugMovesToIt() {
        RuntimeException answer = CanonicalSlugs.notFoundOrMoved("topic", "GRPC-vs-Rest", CanonicalSlugsTest::stored);

        assertThat(answer).isInstanceOf(SlugMoved.class);
        assertThat(((SlugMoved) answer).canonical()).isEqualTo("rest-vs-grpc");
    }

    @Test
    void anUnknownSlugIsNotFound() {
        RuntimeException answer = CanonicalSlugs.notFoundOrMoved("topic", "rest-vs-soap", CanonicalSlugsTest::stored);

        assertThat(answer).isInstanceOf(ApiProblem.class);
        assertThat(((ApiProblem) answer).status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getMessage()).isEqualTo("No topic 'rest-vs-soap'.");
    }

    /** The canonical slug itself was not found by its own lookup: no redirect loop, a 404. */
    @Test
    void theCanonicalSlugNeverMovesToItself() {
        RuntimeException answer = CanonicalSlugs.notFoundOrMoved("topic", "rest-vs-grpc", CanonicalSlugsTest::stored);

        assertThat(answer).isInstanceOf(ApiProblem.class);
    }

    private static Optional<String> stored(String key) {
        return Optional.ofNullable(STORED.get(key));
    }
}
