package dev.nicepick.messaging.consumer;

import dev.nicepick.api.RequestId;
import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.EventCodec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Puts the event's id and the request id that caused it into the logging context while a listener
 * handles it, under the key HTTP requests log theirs ({@link RequestId#LOG_KEY}), so a reader's action can be
 * followed through every service's logs.
 */
public class CorrelationRecordInterceptor implements RecordInterceptor<String, byte[]> {

    public static final String EVENT_ID = "eventId";

    @Override
    public ConsumerRecord<String, byte[]> intercept(ConsumerRecord<String, byte[]> record, Consumer<String, byte[]> consumer) {
        put(RequestId.LOG_KEY, CloudEventHeaders.text(record.headers(), CloudEventHeaders.CORRELATION_ID));
        put(EVENT_ID, CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID));
        return record;
    }

    @Override
    public void afterRecord(ConsumerRecord<String, byte[]> record, Consumer<String, byte[]> consumer) {
        MDC.remove(RequestId.LOG_KEY);
        MDC.remove(EVENT_ID);
    }

    private static void put(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }
}
