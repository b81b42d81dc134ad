package dev.nicepick.messaging.consumer;

import dev.nicepick.api.RequestId;
import dev.nicepick.events.Streams;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.messaging.outbox.OutboxWriter;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A listener as a service writes one: a typed handler that announces what it did through the outbox. It notes
 * each command it handled with the request id in the logging context at that moment.
 */
@Component
class RecordingListener {

    private final Map<UUID, String> handled = new ConcurrentHashMap<>();

    private final OutboxWriter outbox;

    RecordingListener(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    /** @return handled commands by topic id: the request id the logging context had, or "" when none */
    public Map<UUID, String> handled() {
        return Map.copyOf(handled);
    }

    @KafkaListener(id = "recording", groupId = "messaging-test.recording", topics = Streams.VERDICT_COMMANDS)
    @Transactional
    public void on(RecomputeRequested command) {
        handled.put(command.topicId(), Objects.toString(MDC.get(RequestId.LOG_KEY), ""));
        outbox.append(new TopicArchived(command.topicId(), "handled", 1));
    }
}
