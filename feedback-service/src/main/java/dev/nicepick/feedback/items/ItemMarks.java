package dev.nicepick.feedback.items;

import dev.nicepick.feedback.topics.KnownTopic;
import dev.nicepick.web.problem.ApiProblem;
import dev.nicepick.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Readers' marks on pros and cons, one per reader and item. A mark is kept against the item's text (its hash), so
 * an edit that reorders a list keeps the counts and a rewording starts them fresh; the topic's items come from its
 * events ({@code TopicEventsListener}). Marking or unmarking twice changes nothing more.
 */
@Component
class ItemMarks {

    private final JdbcClient jdbc;

    ItemMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws ApiProblem 404 when the topic has no such option, list or index */
    void mark(KnownTopic topic, String option, String list, int index, String reader) {
        jdbc.sql("""
                        insert into item_vote (reader, topic_id, option, list, text_hash, created_at)
                        values (:reader, :topic, :option, :list, :hash, :at) on conflict do nothing""")
                .param("reader", reader).param("topic", topic.topicId()).param("option", option).param("list", list)
                .param("hash", textHash(topic, option, list, index)).param("at", Timestamp.from(Instant.now()))
                .update();
    }

    /** @throws ApiProblem 404 when the topic has no such option, list or index */
    void unmark(KnownTopic topic, String option, String list, int index, String reader) {
        jdbc.sql("delete from item_vote where topic_id = :topic and option = :option and list = :list and text_hash = :hash and reader = :reader")
                .param("reader", reader).param("topic", topic.topicId()).param("option", option).param("list", list)
                .param("hash", textHash(topic, option, list, index))
                .update();
    }

    /**
     * Every pro and con of the topic with its count, in the topic's order of options, pros before cons, by index.
     *
     * @param reader the calling reader's hash, or null
     */
    List<ItemMark> marks(KnownTopic topic, String reader) {
        return jdbc.sql("""
                        select i.option, i.list, i.position, count(v.reader) as marks, coalesce(bool_or(v.reader = :reader), false) as mine
                        from topic_item i
                        join topic t on t.topic_id = i.topic_id
                        left join item_vote v on v.topic_id = i.topic_id and v.option = i.option and v.list = i.list
                                             and v.text_hash = i.text_hash
                        where i.topic_id = :topic
                        group by i.option, i.list, i.position, t.options
                        order by array_position(t.options, i.option), i.list desc, i.position""")
                .param("topic", topic.topicId()).param("reader", reader)
                .query((rs, n) -> new ItemMark(rs.getString("option"), rs.getString("list"), rs.getInt("position"),
                        rs.getLong("marks"), rs.getBoolean("mine")))
                .list();
    }

    private String textHash(KnownTopic topic, String option, String list, int index) {
        return jdbc.sql("select text_hash from topic_item where topic_id = :topic and option = :option and list = :list and position = :index")
                .param("topic", topic.topicId()).param("option", option).param("list", list).param("index", index)
                .query(String.class).optional()
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, Problems.title(HttpStatus.NOT_FOUND),
                        "No item '" + option + "/" + list + "/" + index + "' in topic '" + topic.slug() + "'.", List.of()));
    }
}
