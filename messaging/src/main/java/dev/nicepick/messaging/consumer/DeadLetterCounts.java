package dev.nicepick.messaging.consumer;

import dev.nicepick.events.Streams;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * The counter {@code nicepick.kafka.dead.letter.records} (Prometheus {@code nicepick_kafka_dead_letter_records_total},
 * tag {@code topic}: the dead-letter topic, {@code <stream>.DLT}): records this service parked because it could not
 * process them. Each listened stream's series exists at 0 from start-up, so that Prometheus' {@code increase()} (the
 * alert {@code DeadLetterRecords}) sees the first record too; a series that appeared at 1 would show no increase.
 */
public class DeadLetterCounts implements ApplicationListener<ContextRefreshedEvent> {

    private final MeterRegistry meters;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;

    /** @param listeners the registry, through a provider: the error handler that counts is built before it */
    public DeadLetterCounts(MeterRegistry meters, ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        this.meters = meters;
        this.listeners = listeners;
    }

    /**
     * @param publisher what parks a record on {@code <stream>.DLT} and throws when the broker did not take it
     * @return {@code publisher}, counting each record it parked
     */
    public ConsumerRecordRecoverer counting(ConsumerRecordRecoverer publisher) {
        return (record, exception) -> {
            publisher.accept(record, exception);
            counter(record.topic()).increment();
        };
    }

    /** Registers every listened stream's series at 0, once the listener containers exist (again: no-op). */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        Subscription.streams(Subscription.of(listeners.getObject())).forEach(this::counter);
    }

    private Counter counter(String stream) {
        return Counter.builder("nicepick.kafka.dead.letter.records").tag("topic", Streams.deadLetter(stream))
                .description("Records parked on a dead-letter topic after the retries").register(meters);
    }
}
