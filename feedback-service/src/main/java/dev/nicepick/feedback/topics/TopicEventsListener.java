package dev.nicepick.feedback.topics;

import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.web.slug.SlugKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps feedback-service's copy of the topics that take feedback from topics-service's events: slug, status
 * and option keys. Only a higher topic version replaces what is kept, so repeated and late events change nothing.
 */
@Component
@KafkaListener(id = "topic-directory", groupId = "feedback-service.topics", topics = Streams.TOPICS)
class TopicEventsListener {

    private final JdbcClient jdbc;

    TopicEventsListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @KafkaHandler
    void on(TopicPublished published) {
        keep(published.topic());
    }

    @KafkaHandler
    void on(TopicRevised revised) {
        keep(revised.topic());
    }

    @KafkaHandler
    void on(TopicArchived archived) {
        jdbc.sql("update topic set status = 'archived', version = :version where topic_id = :id and version < :version")
                .param("id", archived.topicId()).param("version", archived.version()).update();
    }

    private void keep(TopicState state) {
        jdbc.sql("""
                        insert into topic (topic_id, slug, slug_key, version, status, options)
                        values (:id, :slug, :slugKey, :version, :status, :options)
                        on conflict (topic_id) do update set slug = excluded.slug, slug_key = excluded.slug_key,
                            version = excluded.version, status = excluded.status, options = excluded.options
                            where topic.version < excluded.version""")
                .param("id", state.topicId())
                .param("slug", state.slug())
                .param("slugKey", SlugKey.of(state.slug()))
                .param("version", state.version())
                .param("status", state.status())
                .param("options", state.options().stream().map(TopicState.TopicOption::key).toArray(String[]::new))
                .update();
    }
}
