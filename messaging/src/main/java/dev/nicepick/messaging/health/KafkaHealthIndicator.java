package dev.nicepick.messaging.health;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.util.concurrent.TimeUnit;

/**
 * {@code kafka} in {@code /actuator/health}: up, with the cluster id and node count, when the broker answers within
 * two seconds; down otherwise. Deliberately in neither the readiness nor the liveness group
 * ({@code nicepick-service-defaults.yml}): while the broker is away the outbox keeps accepting writes and the relay
 * sends them once it is back, so an instance still serves; taking every replica out of its Service for a broker
 * outage would turn a delay into downtime. Operators see the broker here and in the Kafka client metrics.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator {

    private static final int TIMEOUT_MS = 2_000;

    private final AdminClient admin;

    public KafkaHealthIndicator(AdminClient admin) {
        super("Kafka broker not reachable");
        this.admin = admin;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
        String clusterId = cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        int nodes = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
    }
}
