package dev.nicepick.testsupport.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Reads what services put on a stream, and puts records there, as an outside observer. */
public final class KafkaProbe implements AutoCloseable {

    private final String bootstrapServers;
    private final String stream;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
    private KafkaConsumer<String, byte[]> consumer;

    /**
     * Watches {@code stream} from its first record on. Nothing touches the broker until the probe is first read:
     * a probe made as a test's field, before the service under test has started and declared its streams with
     * their partitions, must not create the stream with the broker's defaults first.
     */
    public KafkaProbe(String bootstrapServers, String stream) {
        this.bootstrapServers = bootstrapServers;
        this.stream = stream;
    }

    private KafkaConsumer<String, byte[]> consumer() {
        if (consumer == null) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
            ensureTopic(stream);
            List<TopicPartition> partitions = consumer.partitionsFor(stream, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(stream, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }
        return consumer;
    }

    /** Polls until {@code count} records seen so far match, or fails at the deadline. */
    public List<ConsumerRecord<String, byte[]>> await(Predicate<ConsumerRecord<String, byte[]>> matching, int count,
                                                      Duration deadline) {
        Instant end = Instant.now().plus(deadline);
        while (true) {
            List<ConsumerRecord<String, byte[]>> matches = seen.stream().filter(matching).toList();
            if (matches.size() >= count) {
                return matches;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Expected " + count + " matching records within " + deadline + ", saw "
                        + matches.size() + " of " + seen.size());
            }
            consumer().poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Every record on the stream up to its end as of now. */
    public List<ConsumerRecord<String, byte[]>> readToEnd(Duration deadline) {
        KafkaConsumer<String, byte[]> consumer = consumer();
        Map<TopicPartition, Long> ends = consumer.endOffsets(consumer.assignment());
        Instant end = Instant.now().plus(deadline);
        while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Could not read to the end of the stream within " + deadline);
            }
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /**
     * Waits until consumer group {@code group} has committed past {@code sent}: the group has processed
     * that record and everything before it in its partition.
     */
    public void awaitConsumed(String group, RecordMetadata sent, Duration deadline) {
        TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Awaitility.await().atMost(deadline).pollInterval(Duration.ofMillis(100)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                        .get(10, TimeUnit.SECONDS).get(partition);
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    /**
     * Moves consumer group {@code group}'s committed offset in {@code from}'s partition back to that record, so the
     * group receives it and everything after it again: what a consumer that crashed after processing but before
     * committing meets when it comes back. The group must have no running member (retried until the deadline).
     */
    public void rewind(String group, RecordMetadata from, Duration deadline) {
        Map<TopicPartition, OffsetAndMetadata> offsets =
                Map.of(new TopicPartition(from.topic(), from.partition()), new OffsetAndMetadata(from.offset()));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            // refused while the group's last member is still leaving; that takes a moment after the consumer stops
            Awaitility.await().atMost(deadline).pollInterval(Duration.ofMillis(200)).ignoreExceptions().untilAsserted(() ->
                    admin.alterConsumerGroupOffsets(group, offsets).all().get(10, TimeUnit.SECONDS));
        }
    }

    public RecordMetadata send(ProducerRecord<String, byte[]> record) {
        return sendAll(List.of(record)).getLast();
    }

    /** Sends in order through one producer and waits for every acknowledgement. */
    public List<RecordMetadata> sendAll(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            List<RecordMetadata> acknowledged = new ArrayList<>();
            for (var future : sent) {
                acknowledged.add(future.get(30, TimeUnit.SECONDS));
            }
            return acknowledged;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot send " + records.size() + " records", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Partitions exist before anyone reads: asking for metadata creates the topic on our brokers. */
    private void ensureTopic(String stream) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.partitionsFor(stream);
        }
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.close();
        }
    }
}
