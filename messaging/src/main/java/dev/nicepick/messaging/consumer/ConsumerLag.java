package dev.nicepick.messaging.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gauge {@code nicepick.kafka.consumer.lag} (Prometheus {@code nicepick_kafka_consumer_lag_records}, tags
 * {@code group}, {@code topic}, {@code partition}): for each consumer group of this service's listeners and each
 * partition of the streams it reads, the records between the group's committed offset and the partition's end, as
 * the broker tells them (a partition the group never committed counts from its first record). Unlike the Kafka
 * client's own lag metric, it shows a consumer that is stuck or gone: its committed offset stops while the end moves.
 * <p>Asked of the broker every {@link #REFRESH} on a thread of its own, each call bounded by {@link #TIMEOUT}, so a
 * scrape only reads numbers; while the broker does not answer, the last numbers stay.
 */
public class ConsumerLag implements SmartLifecycle {

    static final Duration REFRESH = Duration.ofSeconds(5);
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    private final Admin admin;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final MultiGauge lag;
    private ScheduledExecutorService refresher; // guarded by this

    /** @param listeners the registry, through a provider: read once its containers exist, at start */
    public ConsumerLag(Admin admin, ObjectProvider<KafkaListenerEndpointRegistry> listeners, MeterRegistry meters) {
        this.admin = admin;
        this.listeners = listeners;
        this.lag = MultiGauge.builder("nicepick.kafka.consumer.lag").baseUnit("records")
                .description("Records between a consumer group's committed offset and the partition's end, from the broker")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        Map<String, Set<String>> streamsByGroup = new LinkedHashMap<>();
        for (Subscription subscription : Subscription.of(listeners.getObject())) {
            streamsByGroup.computeIfAbsent(subscription.group(), group -> new LinkedHashSet<>()).addAll(subscription.topics());
        }
        var scheduler = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "consumer-lag");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> refresh(streamsByGroup), 0, REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        refresher = scheduler;
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }

    private void refresh(Map<String, Set<String>> streamsByGroup) {
        try {
            lag.register(rows(streamsByGroup), true);
        } catch (Exception e) { // the broker away or slow: keep the last numbers, try again next time
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.debug("Consumer lag not refreshed: {}", e.getMessage());
        }
    }

    private List<MultiGauge.Row<?>> rows(Map<String, Set<String>> streamsByGroup) throws Exception {
        Set<String> streams = streamsByGroup.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
        if (streams.isEmpty()) {
            return List.of();
        }
        Map<String, List<TopicPartition>> partitions = admin.describeTopics(streams,
                        new DescribeTopicsOptions().timeoutMs((int) TIMEOUT.toMillis()))
                .allTopicNames().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                .collect(Collectors.toMap(description -> description.name(), description -> description.partitions().stream()
                        .map(TopicPartitionInfo::partition).map(p -> new TopicPartition(description.name(), p)).toList()));
        List<TopicPartition> all = partitions.values().stream().flatMap(List::stream).toList();
        Map<TopicPartition, Long> ends = offsets(all, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(all, OffsetSpec.earliest());
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (var group : streamsByGroup.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey(),
                            new ListConsumerGroupOffsetsOptions().timeoutMs((int) TIMEOUT.toMillis()))
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            for (String stream : group.getValue()) {
                for (TopicPartition partition : partitions.getOrDefault(stream, List.of())) {
                    OffsetAndMetadata commit = committed.get(partition);
                    long position = commit == null ? starts.get(partition) : commit.offset();
                    rows.add(MultiGauge.Row.of(Tags.of("group", group.getKey(), "topic", stream,
                            "partition", Integer.toString(partition.partition())), Math.max(0, ends.get(partition) - position)));
                }
            }
        }
        return rows;
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec)),
                        new ListOffsetsOptions().timeoutMs((int) TIMEOUT.toMillis()))
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
