package dev.nicepick.messaging.consumer;

import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * Names a listener's span {@code <topic> receive}, as the suite's traces and their readers (the whole-system trace
 * test, the README's operations section) know it; Spring Kafka 4 says {@code <topic> process}. Tags and metrics stay
 * Spring Kafka's.
 */
public class ListenerSpanNames extends KafkaListenerObservation.DefaultKafkaListenerObservationConvention {

    @Override
    public String getContextualName(KafkaRecordReceiverContext context) {
        return context.getSource() + " receive";
    }
}
