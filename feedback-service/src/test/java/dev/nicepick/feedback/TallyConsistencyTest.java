package dev.nicepick.feedback;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.feedback.intake.Hashes;
import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tally kept incrementally (issue 16) against a recount from the feedback rows, through a seeded random run of
 * every change readers and moderators make: votes, changes of mind (supersede), repeats (unchanged), withdrawals by
 * token and of one's own vote, hiding and restoring, also of superseded and withdrawn feedback.
 */
class TallyConsistencyTest extends FeedbackTestBase {

    private static final int STEPS = 300;
    private static final int READERS = 80;
    // the per-reader limit (5 a minute) holds across topics: no reader is asked for more
    private static final int VOTES_PER_READER = 5;

    private record Given(UUID id, UUID topicId, String token) {
    }

    @Test
    void afterEveryChangeTheKeptTallyEqualsARecountAndEachTopicsEventsCarryItInGapFreeSequence() {
        Random random = new Random(16);
        List<TopicState> topics = List.of(publishedTopic(), publishedTopic(), publishedTopic());
        Map<UUID, TopicState> byId = new HashMap<>();
        topics.forEach(t -> byId.put(t.topicId(), t));
        Map<UUID, List<Map<String, Long>>> announced = new HashMap<>();
        topics.forEach(t -> announced.put(t.topicId(), new ArrayList<>()));
        List<Given> given = new ArrayList<>();
        int[] votes = new int[READERS];
        String moderator = tokens().mint("moderator-tally", "moderator");

        for (int step = 0; step < STEPS; step++) {
            int action = given.isEmpty() ? 0 : random.nextInt(10);
            Given some = given.isEmpty() ? null : given.get(random.nextInt(given.size()));
            UUID changed;
            if (action < 5) { // a vote, a change of mind or a repeat (unchanged: 200, nothing published)
                int[] open = IntStream.range(0, READERS).filter(r -> votes[r] < VOTES_PER_READER).toArray();
                int reader = open[random.nextInt(open.length)];
                TopicState topic = topics.get(random.nextInt(topics.size()));
                String option = random.nextBoolean() ? "rest" : "grpc";
                Api.Response answer = vote(topic.slug(), reader, option);
                assertThat(answer.status()).as("step %d", step).isIn(200, 202);
                changed = answer.status() == 202 ? topic.topicId() : null;
                if (answer.status() == 202) {
                    votes[reader]++;
                    given.add(new Given(UUID.fromString(answer.json().get("id").asString()), topic.topicId(),
                            answer.json().get("withdrawToken").asString()));
                }
            } else if (action < 7) { // hide or restore, whatever the feedback's state (409 when it is not in the one moved from)
                boolean hide = random.nextBoolean();
                boolean movable = status(some.id()).equals(hide ? "visible" : "hidden");
                int answer = api().post("/api/feedback/" + some.id() + (hide ? "/hide" : "/restore"), Map.of("reason", "step " + step))
                        .bearer(moderator).send().status();
                assertThat(answer).as("step %d", step).isEqualTo(movable ? 200 : 409);
                changed = movable ? some.topicId() : null;
            } else if (action < 9) { // withdrawal with the token: once changes the tally, again changes nothing
                boolean counted = !status(some.id()).equals("withdrawn");
                assertThat(api().delete("/api/feedback/" + some.id()).header(HeaderNames.WITHDRAW_TOKEN, some.token()).send().status())
                        .as("step %d", step).isEqualTo(204);
                changed = counted ? some.topicId() : null;
            } else { // a reader withdraws their own current vote (404 when they have none)
                int reader = random.nextInt(READERS);
                TopicState topic = topics.get(random.nextInt(topics.size()));
                boolean hasOne = currentVotes(topic.topicId(), reader(reader)) > 0;
                int answer = asReader(api().delete(minePath(topic.slug())), reader(reader)).send().status();
                assertThat(answer).as("step %d", step).isEqualTo(hasOne ? 204 : 404);
                changed = hasOne ? topic.topicId() : null;
            }
            for (TopicState topic : topics) {
                assertThat(kept(topic)).as("step %d, topic %s", step, topic.slug()).isEqualTo(recount(topic));
            }
            if (changed != null) {
                announced.get(changed).add(recount(byId.get(changed)));
            }
        }

        for (TopicState topic : topics) {
            List<Map<String, Long>> expected = announced.get(topic.topicId());
            List<FeedbackEvent> events = events(topic.topicId(), expected.size());
            assertThat(events).extracting(FeedbackEvent::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, expected.size()).boxed().toList());
            assertThat(events).extracting(FeedbackEvent::tally).containsExactlyElementsOf(expected);
        }
    }

    private Api.Response vote(String slug, int reader, String option) {
        // the editors' pick is rest: a vote for it agrees, one for grpc disagrees; an address of its own per reader (TEST-NET-1,
        // which no other test of this module uses), so no per-address limit is shared with them
        return asReader(api().post("/api/topics/" + slug + "/feedback", body(option.equals("rest") ? "agree" : "disagree", option)),
                reader(reader)).header("X-Forwarded-For", "192.0.2." + reader).send();
    }

    private static String reader(int n) {
        return "reader-tally-" + n;
    }

    private String status(UUID id) {
        return jdbc.sql("select status from feedback where id = :id").param("id", id).query(String.class).single();
    }

    private long currentVotes(UUID topicId, String readerKey) {
        return jdbc.sql("select count(*) from feedback where topic_id = :topic and reader = :reader and not superseded and status <> 'withdrawn'")
                .param("topic", topicId).param("reader", Hashes.sha256(readerKey)).query(Long.class).single();
    }

    /** The tally as the service keeps it, every option of the topic with zero if need be. */
    private Map<String, Long> kept(TopicState topic) {
        return withEveryOption(topic, "select option, votes from topic_tally where topic_id = :id");
    }

    /** The tally by its definition: each reader's latest feedback, while visible. */
    private Map<String, Long> recount(TopicState topic) {
        return withEveryOption(topic, """
                select preferred_option as option, count(*) as votes from feedback
                where topic_id = :id and status = 'visible' and not superseded group by preferred_option""");
    }

    private Map<String, Long> withEveryOption(TopicState topic, String sql) {
        Map<String, Long> tally = new LinkedHashMap<>();
        topic.options().forEach(o -> tally.put(o.key(), 0L));
        jdbc.sql(sql).param("id", topic.topicId()).query((rs, n) -> tally.put(rs.getString("option"), rs.getLong("votes"))).list();
        return tally;
    }
}
