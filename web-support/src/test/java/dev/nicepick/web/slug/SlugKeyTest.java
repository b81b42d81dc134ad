package dev.nicepick.web.slug;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugKeyTest {

    @Test
    void everyOrderAndCaseOfTwoOptionsHasOneKey() {
        assertThat(SlugKey.of("rest-vs-grpc")).isEqualTo("grpc-vs-rest");
        assertThat(SlugKey.of("grpc-vs-rest")).isEqualTo("grpc-vs-rest");
        assertThat(SlugKey.of("REST-VS-GRPC")).isEqualTo("grpc-vs-rest");
        assertThat(SlugKey.of("Rest-Vs-gRPC")).isEqualTo("grpc-vs-rest");
    }

    @Test
    void everyPermutationOfThreeOptionsHasOneKey() {
        String key = "mysql-vs-postgresql-vs-sqlite";
        assertThat(SlugKey.of("sqlite-vs-postgresql-vs-mysql")).isEqualTo(key);
        assertThat(SlugKey.of("sqlite-vs-mysql-vs-postgresql")).isEqualTo(key);
        assertThat(SlugKey.of("postgresql-vs-sqlite-vs-mysql")).isEqualTo(key);
        assertThat(SlugKey.of("postgresql-vs-mysql-vs-sqlite")).isEqualTo(key);
        assertThat(SlugKey.of("mysql-vs-sqlite-vs-postgresql")).isEqualTo(key);
        assertThat(SlugKey.of("MySQL-vs-PostgreSQL-VS-SQLite")).isEqualTo(key);
    }

    @Test
    void partsWithDashesStayWholeAndSortByCharacterCode() {
        // '-' sorts before letters, as PostgreSQL's collate "C" sorts it in the migrations' backfill
        assertThat(SlugKey.of("multiprocessing-vs-distributed-systems")).isEqualTo("distributed-systems-vs-multiprocessing");
        assertThat(SlugKey.of("ab-vs-a-b")).isEqualTo("a-b-vs-ab");
        assertThat(SlugKey.of("docker-compose-vs-kubernetes")).isEqualTo("docker-compose-vs-kubernetes");
    }

    @Test
    void aSlugWithoutOptionsIsOnlyLowerCased() {
        assertThat(SlugKey.of("No-Such-Topic")).isEqualTo("no-such-topic");
        assertThat(SlugKey.of("vs")).isEqualTo("vs");
    }

    @Test
    void differentComparisonsKeepDifferentKeys() {
        assertThat(SlugKey.of("rest-vs-grpc")).isNotEqualTo(SlugKey.of("rest-vs-graphql"));
        assertThat(SlugKey.of("a-vs-b-vs-c")).isNotEqualTo(SlugKey.of("a-vs-b"));
    }
}
