package dev.nicepick.feedback.topics;

import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.feedback.intake.Hashes;
import dev.nicepick.web.slug.SlugKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Keeps feedback-service's copy of the topics that take feedback from topics-service's events: slug, status,
 * option keys, comparison type, editorial pick, and each option's pros and cons (by text, for readers' marks on
 * them). Only a higher topic version replaces what is kept, so repeated and late events change nothing.
 */
@Component
@KafkaListener(id = "topic-directory", groupId = "feedback-service.topics", topics = Streams.TOPICS)
class TopicEventsListener {

    private final JdbcClient jdbc;

    TopicEventsListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaHandler
    @Transactional
    public void on(TopicPublished published) {
        keep(published.topic());
    }

    @KafkaHandler
    @Transactional
    public void on(TopicRevised revised) {
        keep(revised.topic());
    }

    @KafkaHandler
    void on(TopicArchived archived) {
        jdbc.sql("update topic set status = 'archived', version = :version where topic_id = :id and version < :version")
                .param("id", archived.topicId()).param("version", archived.version()).update();
    }

    private void keep(TopicState state) {
        int applied = jdbc.sql("""
                        insert into topic (topic_id, slug, slug_key, version, status, options, type, editorial_pick)
                        values (:id, :slug, :slugKey, :version, :status, :options, :type, :pick)
                        on conflict (topic_id) do update set slug = excluded.slug, slug_key = excluded.slug_key,
                            version = excluded.version, status = excluded.status, options = excluded.options,
                            type = excluded.type, editorial_pick = excluded.editorial_pick
                            where topic.version < excluded.version""")
                .param("id", state.topicId())
                .param("slug", state.slug())
                .param("slugKey", SlugKey.of(state.slug()))
                .param("version", state.version())
                .param("status", state.status())
                .param("options", state.options().stream().map(TopicState.TopicOption::key).toArray(String[]::new))
                .param("type", KnownTopic.COMPLEMENTARY.equals(state.type()) ? KnownTopic.COMPLEMENTARY : KnownTopic.ALTERNATIVES)
                .param("pick", state.editorialPick() == null ? null : state.editorialPick().option())
                .update();
        if (applied == 1) {
            keepItems(state);
        }
    }

    /** The newest version's pros and cons replace the older; readers' marks stay with their texts. */
    private void keepItems(TopicState state) {
        jdbc.sql("delete from topic_item where topic_id = :id").param("id", state.topicId()).update();
        for (TopicState.TopicOption option : state.options()) {
            keepList(state, option.key(), "pros", option.pros());
            keepList(state, option.key(), "cons", option.cons());
        }
    }

    private void keepList(TopicState state, String option, String list, List<String> texts) {
        if (texts == null) {
            return;
        }
        for (int position = 0; position < texts.size(); position++) {
            jdbc.sql("""
                            insert into topic_item (topic_id, option, list, position, text_hash)
                            values (:id, :option, :list, :position, :hash)""")
                    .param("id", state.topicId()).param("option", option).param("list", list).param("position", position)
                    .param("hash", Hashes.sha256(texts.get(position)))
                    .update();
        }
    }
}
