package dev.nicepick.messaging;

import dev.nicepick.messaging.consumer.Subscription;
import dev.nicepick.messaging.outbox.OutboxRelay;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes sure at start-up, before any listener or the outbox relay runs, that Kafka has the streams of
 * {@link StreamTopology}: the suite's streams and the dead-letter topic of every stream a registered
 * {@code @KafkaListener} reads (so adding a listener is the only step to get its dead-letter topic).
 * <ol>
 *   <li>With {@code nicepick.kafka.declare-topics=true} it creates those that are missing; a broker that refuses
 *       (e.g. the platform declares topics and grants no right to create them) is logged, and the check decides.</li>
 *   <li>Always it checks them ({@link TopicCheck}); a topic missing or with another partition count or cleanup policy
 *       stops the service with {@link TopicsNotAsNeededException}, naming each.</li>
 * </ol>
 * A broker that does not answer (or fails otherwise) is logged and does not stop the service (the outbox keeps the
 * events; the broker shows in {@code /actuator/health}); nothing is checked then.
 */
public class StreamDeclarations implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StreamDeclarations.class);

    /** How long a broker may take to show topics its controller has just created. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final KafkaAdmin admin;
    private final ObjectProvider<KafkaListenerEndpointRegistry> listeners;
    private final StreamTopology topology;
    private final TopicCheck check;
    private volatile boolean running;

    /**
     * @param listeners the registry, through a provider: a bean it depends on is started first, whatever its phase,
     *                  and the listeners must start after the streams exist
     */
    StreamDeclarations(KafkaAdmin admin, ObjectProvider<KafkaListenerEndpointRegistry> listeners, StreamTopology topology) {
        this.admin = admin;
        this.listeners = listeners;
        this.topology = topology;
        this.check = new TopicCheck(admin);
    }

    /** @throws TopicsNotAsNeededException when Kafka answers and a needed topic is missing or differs */
    @Override
    public void start() {
        List<String> listened = Subscription.streams(Subscription.of(listeners.getObject()));
        List<NewTopic> topics = topology.topics(listened);
        List<String> names = topics.stream().map(NewTopic::name).toList();
        if (topology.declareTopics() && !declared(topics, names)) {
            running = true; // the broker is away: logged, and nothing to check against
            return;
        }
        List<String> differences;
        try {
            differences = differences(topics);
        } catch (KafkaException e) {
            log.error("Could not check the streams {}: {}", names, e.getMessage());
            running = true;
            return;
        }
        if (!differences.isEmpty()) {
            throw new TopicsNotAsNeededException(differences, topology.declareTopics());
        }
        running = true;
    }

    /** The check's answer, asked again for a few seconds while it differs after this start created topics. */
    private List<String> differences(List<NewTopic> topics) {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        List<String> differences = check.differences(topics);
        while (!differences.isEmpty() && topology.declareTopics() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            differences = check.differences(topics);
        }
        return differences;
    }

    /**
     * Creates only the topics Kafka lacks, with Kafka's own {@code createTopics}: an existing topic is never changed
     * (Spring's {@code createOrModifyTopics} would raise a smaller partition count, which moves keys between partitions
     * and breaks their order; the check reports it instead). One created meanwhile by another instance is left as it is.
     *
     * @return whether the broker answered: it created what was missing, or refused to (no right to create topics, a
     *         creation policy, too few brokers for the replicas), and the check then decides
     */
    private boolean declared(List<NewTopic> topics, List<String> names) {
        try {
            create(check.missing(topics));
            return true;
        } catch (KafkaException e) {
            if (away(e)) {
                log.error("Could not declare the streams {}: {}", names, e.getMessage());
                return false;
            }
            log.warn("Kafka refused to create the streams {} ({}); checking that they exist", names, rootMessage(e));
            return true;
        }
    }

    /** @throws KafkaException when the broker refuses or does not answer within the admin's operation timeout */
    private void create(List<NewTopic> missing) {
        if (missing.isEmpty()) {
            return;
        }
        int timeoutMs = admin.getOperationTimeout() * 1_000;
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            Map<String, KafkaFuture<Void>> created = client.createTopics(missing, new CreateTopicsOptions().timeoutMs(timeoutMs)).values();
            for (KafkaFuture<Void> topic : created.values()) {
                try {
                    topic.get(timeoutMs, TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new KafkaException("Could not create the topics: " + e.getCause().getMessage(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("Interrupted while creating the topics", e);
        } catch (TimeoutException e) {
            throw new KafkaException("Could not create the topics: no answer", e);
        }
    }

    /** Kafka's admin client and Spring's wrapper both say "time-out" when no broker answers. */
    private static boolean away(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the outbox relay and the listener containers start, which both need the streams. */
    @Override
    public int getPhase() {
        return Math.min(listeners.getObject().getPhase(), OutboxRelay.PHASE) - 1;
    }
}
