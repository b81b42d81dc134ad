package dev.nicepick.verdicts;

import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recomputing every verdict, on this instance's cores or spread over two replicas by Kafka partitions,
 * ends in the verdicts the incremental updates made.
 */
class RecomputeTest extends ReplicasTestBase {

    private static final int TOPICS = 12;

    private final List<String> slugs = new ArrayList<>();

    @BeforeEach
    void topicsWithVotes() {
        for (int i = 0; i < TOPICS; i++) {
            String slug = unique("recompute");
            TopicState topic = publishTopic(slug);
            sendTally(topic.topicId(), 1, i, 3 * i);
            slugs.add(slug);
        }
        for (int i = 0; i < TOPICS; i++) {
            long grpc = 3L * i;
            awaitVerdict(slugs.get(i), v -> v.get("split").get("grpc").asLong() == grpc);
        }
    }

    @Test
    void localRecomputeSpreadsOverThisInstancesCoresAndChangesNoVerdict() {
        Map<String, JsonNode> before = verdicts();

        JsonNode report = recompute("local");

        assertThat(report.get("mode").asString()).isEqualTo("local");
        assertThat(report.get("topics").asInt()).isGreaterThanOrEqualTo(TOPICS);
        assertThat(report.get("workers").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(report.get("byInstance").size()).isEqualTo(1);
        assertThat(report.get("topicsPerSecond").asDouble()).isPositive();
        assertThat(verdicts()).isEqualTo(before);
    }

    @Test
    void distributedRecomputeSpreadsOverTwoReplicasAndChangesNoVerdict() {
        startSecondReplica();
        Map<String, JsonNode> before = verdicts();

        JsonNode report = recompute("distributed");

        assertThat(report.get("mode").asString()).isEqualTo("distributed");
        JsonNode byInstance = report.get("byInstance");
        assertThat(byInstance.size()).as(report.toString()).isEqualTo(2);
        assertThat(byInstance.has("replica-2")).isTrue();
        assertThat(byInstance.valueStream().mapToInt(JsonNode::asInt).sum()).isEqualTo(report.get("topics").asInt());
        assertThat(verdicts()).isEqualTo(before);
    }

    @Test
    void onlyAdminsRecomputeAndTheModeIsChecked() {
        assertThat(api().post("/api/verdicts/recompute?mode=local", null).send().status()).isEqualTo(401);
        assertThat(api().post("/api/verdicts/recompute?mode=local", null).bearer(tokens().mint("e", "editor")).send().status())
                .isEqualTo(403);
        Api.Response wrongMode = api().post("/api/verdicts/recompute?mode=everywhere", null).bearer(admin()).send();
        assertThat(wrongMode.status()).isEqualTo(400);
        assertThat(wrongMode.json().get("errors").get(0).get("field").asString()).isEqualTo("mode");
    }

    private JsonNode recompute(String mode) {
        Api.Response response = api().post("/api/verdicts/recompute?mode=" + mode, null).bearer(admin()).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        System.out.println("Recompute " + mode + ": " + response.body());
        return response.json();
    }

    private String admin() {
        return tokens().mint("admin-1", "admin");
    }

    /** What readers see of each verdict (the revision too: a recompute that changes nothing adds none). */
    private Map<String, JsonNode> verdicts() {
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (String slug : slugs) {
            JsonNode v = verdict(slug);
            all.put(slug, v.deepCopy());
            ((tools.jackson.databind.node.ObjectNode) all.get(slug)).remove("computedAt");
        }
        return all;
    }
}
