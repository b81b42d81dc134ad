package dev.nicepick.messaging.consumer;

import dev.nicepick.events.EventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.converter.MessagingMessageConverter;

import java.lang.reflect.Type;

/**
 * Gives every {@code @KafkaListener} the decoded event as its payload (a {@code TopicPublished}, a
 * {@code VerdictIssued}, ...), so a listener has one typed handler per event type and decodes nothing itself.
 * A record that cannot be decoded, names an unknown type or belongs on another stream throws
 * {@link dev.nicepick.events.EventDecodingException} here, before any handler runs: the error handler parks it
 * on the dead-letter topic at once, without retrying.
 */
public class EventMessageConverter extends MessagingMessageConverter {

    private final EventCodec codec;

    public EventMessageConverter(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    @SuppressWarnings("unchecked") // the container factory's consumers read byte[] values
    protected Object extractAndConvertValue(ConsumerRecord<?, ?> record, Type type) {
        return codec.fromRecord((ConsumerRecord<?, byte[]>) record).data();
    }
}
