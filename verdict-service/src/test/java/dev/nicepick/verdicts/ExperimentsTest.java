package dev.nicepick.verdicts;

import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's recompute experiments: runs on threads of this instance and over the replicas are kept with their figures,
 * bounded, one at a time, for admins only, and change no verdict.
 */
class ExperimentsTest extends ReplicasTestBase {

    private static final String EXPERIMENTS = "/api/lab/experiments";

    @Autowired
    VerdictSettings settings;

    @Autowired
    JdbcClient jdbc;

    private final List<String> slugs = new ArrayList<>();

    @BeforeEach
    void topicsWithVotes() {
        for (int i = 0; i < 3; i++) {
            String slug = unique("lab");
            sendTally(publishTopic(slug).topicId(), 1, 5 + i, 2 * i);
            slugs.add(slug);
        }
        slugs.forEach(slug -> awaitVerdict(slug, v -> v.get("inputs").get("tallySequence").asLong() == 1));
    }

    @Test
    void localRunsOnOneAndTwoThreadsAreKeptAndListedNewestFirstAndChangeNoVerdict() {
        Map<String, JsonNode> before = verdicts();
        int topics = topicCount();

        JsonNode oneThread = run(Map.of("mode", "local", "threads", 1, "passes", 2));
        JsonNode twoThreads = run(Map.of("mode", "local", "threads", 2, "passes", 1));

        JsonNode listed = api().get(EXPERIMENTS + "?limit=2").send().json();
        assertThat(listed.get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(listed.get("items").size()).isEqualTo(2);
        assertThat(listed.get("items").get(0)).isEqualTo(twoThreads);
        assertThat(listed.get("items").get(1)).isEqualTo(oneThread);
        assertLocalRun(twoThreads, 2, topics, 1);
        assertLocalRun(oneThread, 1, topics, 2);
        assertThat(verdicts()).isEqualTo(before);
    }

    @Test
    void aDistributedRunWithThisOneReplicaIsNamedAndItsOverheadMeasuredAgainstOneThread() {
        awaitAllCommandPartitions();
        Map<String, JsonNode> before = verdicts();
        int topics = topicCount();
        run(Map.of("mode", "local", "threads", 1, "passes", 1));

        JsonNode distributed = run(Map.of("mode", "distributed", "passes", 2));

        assertThat(distributed.get("mode").asString()).isEqualTo("distributed");
        assertThat(distributed.get("threads").isNull()).isTrue();
        assertThat(distributed.get("replicas").asInt()).isEqualTo(1);
        assertThat(distributed.get("units").asInt()).isEqualTo(topics * 2);
        assertThat(distributed.get("byInstance").properties()).singleElement()
                .satisfies(e -> assertThat(e.getKey()).isEqualTo(settings.instanceId()))
                .satisfies(e -> assertThat(e.getValue().asInt()).isEqualTo(topics * 2));
        assertThat(distributed.get("overheadPerTopicMs").isNumber()).as(distributed.toString()).isTrue();
        assertThat(api().get(EXPERIMENTS).send().json().get("items").get(0)).isEqualTo(distributed);
        assertThat(verdicts()).isEqualTo(before);
    }

    @Test
    void aDistributedRunOverTwoReplicasShowsWhatEachComputed() {
        startSecondReplica();
        Map<String, JsonNode> before = verdicts();

        JsonNode distributed = run(Map.of("mode", "distributed", "passes", 10));

        JsonNode byInstance = distributed.get("byInstance");
        assertThat(byInstance.propertyNames()).as(distributed.toString()).containsExactlyInAnyOrder(settings.instanceId(), "replica-2");
        assertThat(distributed.get("replicas").asInt()).isEqualTo(2);
        assertThat(byInstance.valueStream().mapToInt(JsonNode::asInt).sum()).isEqualTo(distributed.get("units").asInt());
        assertThat(verdicts()).isEqualTo(before);
    }

    @Test
    void theUnitsAndTheDeadlineAreBoundedBySettingsAndAMissedDeadlineKeepsNothing() {
        // a replica whose units are slow (a million draws each) and whose runs may take one second and 400 units
        replica = startAnotherInstance(VerdictsApplication.class, "--nicepick.verdict.instance-id=bounded",
                "--nicepick.verdict.draws=1000000", "--nicepick.lab.experiments.max-units=400",
                "--nicepick.lab.experiments.deadline=PT1S");
        Api bounded = Api.onLocalPort(Integer.parseInt(replica.getEnvironment().getProperty("local.server.port")));
        int kept = api().get(EXPERIMENTS + "?limit=200").send().json().get("items").size();

        Api.Response tooMany = bounded.post(EXPERIMENTS, Map.of("mode", "local", "threads", 1, "passes", 200)).bearer(admin()).send();
        assertProblem(tooMany, 422, "passes");

        Api.Response late = bounded.post(EXPERIMENTS, Map.of("mode", "local", "threads", 1, "passes", Math.max(1, 400 / topicCount())))
                .bearer(admin()).send();
        assertThat(late.status()).as(late.body()).isEqualTo(503);
        assertThat(late.header("Content-Type")).startsWith("application/problem+json");
        assertThat(late.header("Retry-After")).isEqualTo("1");
        assertThat(api().get(EXPERIMENTS + "?limit=200").send().json().get("items").size()).isEqualTo(kept);
        run(Map.of("mode", "local", "threads", 1, "passes", 1));
    }

    @Test
    void outOfBoundsRequestsAreRefusedNamingTheFieldAndKeepNothing() {
        int kept = api().get(EXPERIMENTS + "?limit=200").send().json().get("items").size();
        Map<String, Object> local = Map.of("mode", "local", "threads", 1, "passes", 1);

        assertProblem(post(with(local, "threads", 0)), 400, "threads");
        assertProblem(post(with(local, "threads", 33)), 400, "threads");
        assertProblem(post(with(local, "passes", 0)), 400, "passes");
        assertProblem(post(with(local, "passes", 201)), 400, "passes");
        assertProblem(post(with(local, "mode", "everywhere")), 400, "mode");
        assertProblem(post(Map.of("threads", 1, "passes", 1)), 400, "mode");
        assertProblem(post(Map.of("mode", "local", "passes", 1)), 400, "threads");
        assertProblem(post(Map.of("mode", "local", "threads", 1)), 400, "passes");
        assertProblem(post(Map.of("mode", "distributed", "threads", 2, "passes", 1)), 422, "threads");
        assertProblem(api().get(EXPERIMENTS + "?limit=0").send(), 400, "limit");
        assertProblem(api().get(EXPERIMENTS + "?limit=201").send(), 400, "limit");

        assertThat(api().get(EXPERIMENTS + "?limit=200").send().json().get("items").size()).isEqualTo(kept);
    }

    @Test
    void onlyAdminsStartExperimentsAndEveryoneReadsThem() {
        Map<String, Object> local = Map.of("mode", "local", "threads", 1, "passes", 1);

        assertThat(api().post(EXPERIMENTS, local).send().status()).isEqualTo(401);
        assertThat(api().post(EXPERIMENTS, local).bearer(tokens().mint("e", "editor")).send().status()).isEqualTo(403);
        assertThat(api().get(EXPERIMENTS).send().status()).isEqualTo(200);
    }

    /** The running run is a row any replica can see; its deadline frees the slot should its coordinator stop. */
    @Test
    void aSecondExperimentIsRefusedWhileOneRunsOnAnyReplica() {
        UUID running = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("""
                        insert into experiment (id, mode, threads, passes, topics, units, status, started_at, deadline_at, cores)
                        values (:id, 'local', 1, 1, 1, 1, 'running', :started, :deadline, 2)""")
                .param("id", running).param("started", Timestamp.from(now)).param("deadline", Timestamp.from(now.plusSeconds(60)))
                .update();
        try {
            Api.Response second = post(Map.of("mode", "local", "threads", 1, "passes", 1));
            assertThat(second.status()).as(second.body()).isEqualTo(409);
            assertThat(second.json().get("detail").asString()).contains(now.toString());

            jdbc.sql("update experiment set deadline_at = :past where id = :id")
                    .param("past", Timestamp.from(now.minusSeconds(1))).param("id", running).update();
            run(Map.of("mode", "local", "threads", 1, "passes", 1));
        } finally {
            jdbc.sql("delete from experiment where id = :id").param("id", running).update();
        }
    }

    private void assertLocalRun(JsonNode run, int threads, int topics, int passes) {
        assertThat(run.get("id").asString()).isNotBlank();
        assertThat(run.get("mode").asString()).isEqualTo("local");
        assertThat(run.get("threads").asInt()).isEqualTo(threads);
        assertThat(run.get("replicas").asInt()).isEqualTo(1);
        assertThat(run.get("topics").asInt()).isEqualTo(topics);
        assertThat(run.get("passes").asInt()).isEqualTo(passes);
        assertThat(run.get("units").asInt()).isEqualTo(topics * passes);
        assertThat(run.get("durationMs").isIntegralNumber()).isTrue();
        assertThat(run.get("unitsPerSecond").asDouble()).isPositive();
        assertThat(run.get("byInstance").properties()).singleElement()
                .satisfies(e -> assertThat(e.getKey()).isEqualTo(settings.instanceId()))
                .satisfies(e -> assertThat(e.getValue().asInt()).isEqualTo(topics * passes));
        assertThat(run.get("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(run.get("overheadPerTopicMs").isNull()).isTrue();
        assertThat(Instant.parse(run.get("startedAt").asString())).isBefore(Instant.now());
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).as(response.body()).isEqualTo(field);
    }

    private JsonNode run(Map<String, Object> body) {
        Api.Response response = post(body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    private Api.Response post(Map<String, Object> body) {
        return api().post(EXPERIMENTS, body).bearer(admin()).send();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private int topicCount() {
        return jdbc.sql("select count(*) from topic").query(Integer.class).single();
    }

    private String admin() {
        return tokens().mint("admin-1", "admin");
    }

    /** What readers see of each verdict, its revision too: an experiment that writes nothing adds none. */
    private Map<String, JsonNode> verdicts() {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        slugs.forEach(slug -> all.put(slug, verdict(slug)));
        return all;
    }
}
