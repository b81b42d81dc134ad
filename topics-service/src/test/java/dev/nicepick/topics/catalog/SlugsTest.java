package dev.nicepick.topics.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one shape of slugs, option keys, tags and technology names. */
class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"rest", "rest-vs-grpc", "http2", "c-plus-plus", "2024-edition"})
    void lowerCaseWordsJoinedBySingleDashesAreSlugs(String slug) {
        assertThat(slug).matches(Slugs.PATTERN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "REST", "rest--grpc", "-rest", "rest-", "rest vs grpc", "rest_vs_grpc", "réseau", "a/b"})
    void anythingElseIsNot(String slug) {
        assertThat(slug).doesNotMatch(Slugs.PATTERN);
    }
}
