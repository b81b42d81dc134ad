package dev.nicepick.messaging;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventDecodingException;
import dev.nicepick.events.Streams;
import dev.nicepick.messaging.consumer.ConsumerLag;
import dev.nicepick.messaging.consumer.CorrelationRecordInterceptor;
import dev.nicepick.messaging.consumer.DeadLetterCounts;
import dev.nicepick.messaging.consumer.EventMessageConverter;
import dev.nicepick.messaging.consumer.ListenerSpanNames;
import dev.nicepick.messaging.health.KafkaHealthIndicator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

import java.util.HashMap;
import java.util.Map;

/**
 * Kafka as every service uses it: String keys (the topic id), JSON bodies as bytes with CloudEvents
 * headers, an idempotent producer that waits for all replicas, and consumers that retry a few times
 * and then park the record on {@code <stream>.DLT} and go on.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties({ConsumerRetryProperties.class, StreamTopology.class})
public class MessagingAutoConfiguration {

    /** How long closing the producer may wait for sends in flight, in seconds. */
    static final int PRODUCER_CLOSE_SECONDS = 5;

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    ProducerFactory<String, byte[]> eventProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Fail fast while the broker is away: the outbox keeps the event and the relay tries again.
        config.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        // Send at once: the relay waits for each round's acknowledgements, so lingering (Kafka's default is 5 ms) only
        // adds to every event's lag; records that come while a request is in flight are batched anyway.
        config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 0);
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config);
        // Closing waits for sends in flight; bounded (not Kafka's 30 s) so that a shutdown while the broker is away
        // stays within the pod's grace period (deploy/k8s/base/application-pod.yaml); unsent rows stay in the outbox.
        factory.setPhysicalCloseTimeout(PRODUCER_CLOSE_SECONDS);
        return factory;
    }

    /**
     * Every send is observed (span {@code <topic> send}, the trace context in the record's headers as {@code traceparent}):
     * Boot observes only the template it builds, so this hand-built one names the registry itself.
     */
    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<String, byte[]> eventProducerFactory,
                                                     ObjectProvider<ObservationRegistry> observations) {
        var template = new KafkaTemplate<>(eventProducerFactory);
        template.setObservationEnabled(true);
        template.setObservationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        template.setKafkaAdmin(new ClusterIdNotAsked());
        return template;
    }

    @Bean
    ConsumerFactory<String, byte[]> eventConsumerFactory(KafkaProperties kafka, MeterRegistry meters,
                                                         @Value("${spring.application.name}") String application) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.GROUP_ID_CONFIG, application);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // A consumer that created its topic would give it the broker's defaults; streams are declared (StreamTopology).
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        var factory = new DefaultKafkaConsumerFactory<String, byte[]>(config);
        factory.addListener(new MicrometerConsumerListener<>(meters)); // consumer lag and throughput as metrics
        return factory;
    }

    /**
     * Every {@code @KafkaListener} of a service: String keys, byte[] bodies decoded into the event a typed handler
     * takes ({@link EventMessageConverter}), retries, then the dead-letter topic. Each record is handled in an
     * observation (span {@code <topic> receive}, a child of the sender's span from the record's {@code traceparent}),
     * so the handler's transaction and the outbox rows it writes continue the sender's trace.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> kafkaListenerContainerFactory(
            ConsumerFactory<String, byte[]> eventConsumerFactory, CommonErrorHandler eventErrorHandler, EventCodec codec,
            ObjectProvider<ObservationRegistry> observations) {
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.getContainerProperties().setObservationEnabled(true);
        factory.getContainerProperties().setObservationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        factory.getContainerProperties().setObservationConvention(new ListenerSpanNames());
        factory.setContainerCustomizer(container -> container.setKafkaAdmin(new ClusterIdNotAsked()));
        factory.setConsumerFactory(eventConsumerFactory);
        factory.setCommonErrorHandler(eventErrorHandler);
        factory.setRecordInterceptor(new CorrelationRecordInterceptor());
        factory.setRecordMessageConverter(new EventMessageConverter(codec));
        return factory;
    }

    @Bean
    CommonErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> eventKafkaTemplate, ConsumerRetryProperties retry,
                                         DeadLetterCounts deadLetterCounts) {
        // Partition -1: let the DLT's own partitioner place the record; the DLT may have fewer partitions.
        var publisher = new DeadLetterPublishingRecoverer(eventKafkaTemplate,
                (record, exception) -> new TopicPartition(Streams.deadLetter(record.topic()), -1));
        var backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(deadLetterCounts.counting(publisher), backOff);
        handler.addNotRetryableExceptions(EventDecodingException.class);
        return handler;
    }

    @Bean
    DeadLetterCounts deadLetterCounts(MeterRegistry meters, ObjectProvider<KafkaListenerEndpointRegistry> listeners) {
        return new DeadLetterCounts(meters, listeners);
    }

    @Bean
    ConsumerLag consumerLag(AdminClient healthAdminClient, ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                            MeterRegistry meters) {
        return new ConsumerLag(healthAdminClient, listeners, meters);
    }

    @Bean
    StreamDeclarations streamDeclarations(KafkaAdmin kafkaAdmin, ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                                          StreamTopology topology) {
        return new StreamDeclarations(kafkaAdmin, listeners, topology);
    }

    @Bean(destroyMethod = "close")
    AdminClient healthAdminClient(KafkaProperties kafka) {
        return AdminClient.create(kafka.buildAdminProperties());
    }

    @Bean
    KafkaHealthIndicator kafkaHealthIndicator(AdminClient healthAdminClient) {
        return new KafkaHealthIndicator(healthAdminClient);
    }
}
