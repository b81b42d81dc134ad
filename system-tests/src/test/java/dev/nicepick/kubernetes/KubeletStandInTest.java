package dev.nicepick.kubernetes;

import dev.nicepick.load.StoredFeedback;
import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Proof 4 of the Kubernetes deployment: the rendered local overlay ({@code deploy/k8s/overlays/local}, or
 * {@code -Dnicepick.k8s.overlay}) run the way a kubelet would run it, on Docker ({@link Namespace},
 * {@link StandInPod}): every workload started at once, each ready by its own readiness probe; the whole suite's
 * smoke test through the gateway, the only published port; then feedback-service terminated as a node drain
 * terminates a pod, under load, and nothing acknowledged lost. Wrong variable names, DNS names, ports, probe paths
 * and read-only file system problems fail here as they would on a cluster. Prints the figures the manifests are
 * sized from: time to ready, memory in use, the drain's answers and the outbox at the stop.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KubeletStandInTest {

    private static final String SEED = "distributed-systems-vs-multiprocessing";
    private static final String GATEWAY = "gateway";
    private static final String FEEDBACK = "feedback-service";
    private static final Duration READY_LIMIT = Duration.ofMinutes(6);
    private static final Pattern FEEDBACK_ID = Pattern.compile("\"feedbackId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private RenderedOverlay overlay;
    private Namespace namespace;
    private final Map<String, StandInPod> pods = new LinkedHashMap<>();
    private Api gateway;
    private Tokens tokens;

    @BeforeAll
    void runTheOverlay() throws Exception {
        overlay = RenderedOverlay.render(RenderedOverlay.localOverlay());
        assertThat(overlay.workloads()).extracting(Workload::name).contains(GATEWAY, "topics-service", "verdict-service", FEEDBACK);
        int port = FreePorts.next();
        namespace = new Namespace(overlay, GATEWAY, port);
        gateway = new Api("http://127.0.0.1:" + port);
        tokens = new Tokens(overlay.secretValue("nicepick-local-secret", "secret"));
        try {
            for (Workload workload : overlay.workloads()) {
                pods.put(workload.name(), StandInPod.create(namespace, workload));
            }
            // as Kubernetes does: everything at once, no order; the applications wait for what they need
            pods.values().forEach(StandInPod::start);
            Map<String, Duration> ready = awaitReady(pods.values());
            System.out.println("[kubelet] time to ready, all started at once:");
            ready.forEach((name, time) -> System.out.printf(Locale.ROOT, "  %-28s %5.1f s  restarts %d%n", name, time.toMillis() / 1e3,
                    pods.get(name).restarts()));
        } catch (Exception | Error e) {
            namespace.close();
            throw e;
        }
    }

    @AfterAll
    void removeEverything() {
        if (namespace != null) {
            namespace.close();
        }
    }

    @Test
    @Order(1)
    void theSeedIsServedAndAVoteMovesTheVerdict() {
        JsonNode topics = gateway.get("/api/topics").send().json();
        assertThat(topics.path("items").findValuesAsString("slug")).contains(SEED);
        assertThat(gateway.get("/api/topics/" + SEED).send().json().path("title").asString())
                .isEqualTo("Distributed Systems vs Multiprocessing");
        await().atMost(Duration.ofMinutes(2)).ignoreExceptions().until(() -> verdict().path("winner").asString().equals("distributed-systems"));
        long before = verdict().path("split").path("multiprocessing").asLong();

        Api.Response vote = gateway.post("/api/topics/" + SEED + "/feedback", Map.of("stance", "disagree", "preferredOption", "multiprocessing"))
                .bearer(tokens.mint("stand-in-smoke-" + UUID.randomUUID())).header("Idempotency-Key", UUID.randomUUID().toString()).send();

        assertThat(vote.status()).as(vote.toString()).isEqualTo(202);
        await().atMost(Duration.ofMinutes(1)).ignoreExceptions()
                .until(() -> verdict().path("split").path("multiprocessing").asLong() == before + 1);
        printMemory();
    }

    @Test
    @Order(2)
    void feedbackServiceDrainsUnderLoadAndLosesNothing() throws Exception {
        StandInPod feedback = pods.get(FEEDBACK);
        Map<String, String> env = StandInPod.environment(namespace, workload(FEEDBACK), workload(FEEDBACK).template().getSpec().getContainers().getFirst());
        StandInPod.Termination termination;
        long stopBegan;
        long sigterm;
        long pendingBefore;
        long pendingAfter;
        List<GatewayLoad.Answer> answers;
        try (GatewayLoad load = new GatewayLoad(gateway, tokens, SEED)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> load.answers().stream().filter(a -> a.status() == 202).count() >= 3);
            pendingBefore = outboxRows(env);
            stopBegan = System.nanoTime();
            termination = feedback.terminate();
            sigterm = stopBegan + termination.preStop().toNanos();
            pendingAfter = outboxRows(env);
            // the load goes on while nothing serves feedback: the gateway must refuse honestly, not fail
            int seen = load.answers().size();
            await().atMost(Duration.ofMinutes(1)).until(() -> load.answers().size() >= seen + 20);
            load.close();
            answers = load.answers();
        }
        System.out.printf(Locale.ROOT, "[drain] %s: preStop %.1f s, exit %.1f s after the stop began (grace %d s), exit code %s%s%n",
                FEEDBACK, termination.preStop().toMillis() / 1e3, termination.total().toMillis() / 1e3, termination.grace(),
                termination.exitCode(), termination.killed() ? ", KILLED" : "");
        System.out.printf(Locale.ROOT, "[drain] outbox rows pending: %d when the stop began, %d after the container exited%n", pendingBefore, pendingAfter);
        List<GatewayLoad.Answer> beforeSigterm = answers.stream().filter(a -> a.sentNanos() < sigterm).toList();
        List<GatewayLoad.Answer> after = answers.stream().filter(a -> a.sentNanos() >= sigterm).toList();
        System.out.printf(Locale.ROOT, "[drain] requests sent before SIGTERM: %s; from SIGTERM on: %s%n", tally(beforeSigterm), tally(after));

        // a replacement pod, as the Deployment's ReplicaSet makes one
        StandInPod replacement = StandInPod.create(namespace, workload(FEEDBACK));
        pods.put(FEEDBACK, replacement);
        replacement.start();
        Duration replacementReady = replacement.awaitReady(READY_LIMIT);
        System.out.printf(Locale.ROOT, "[drain] the replacement %s was ready in %.1f s%n", FEEDBACK, replacementReady.toMillis() / 1e3);

        Set<String> acknowledged = answers.stream().filter(a -> a.feedbackId() != null).map(GatewayLoad.Answer::feedbackId).collect(Collectors.toSet());
        Set<String> stored = StoredFeedback.ids(gateway, tokens, SEED);
        Set<String> published = new HashSet<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
            published.addAll(publishedFeedbackIds(env.get("KAFKA_BOOTSTRAP_SERVERS")));
            assertThat(published).containsAll(acknowledged);
        });
        System.out.printf(Locale.ROOT, "[drain] votes acknowledged %d, stored %d of them, on feedback.events.v1 %d of them%n", acknowledged.size(),
                acknowledged.stream().filter(stored::contains).count(), acknowledged.stream().filter(published::contains).count());

        assertThat(termination.killed()).as("%s ended within its grace period, on its own", FEEDBACK).isFalse();
        assertThat(beforeSigterm).as("requests sent before SIGTERM were all answered as usual").allMatch(GatewayLoad.Answer::ok);
        assertThat(after).as("from SIGTERM on, every answer is a normal one or an honest refusal").allMatch(a -> a.ok() || a.honestRefusal());
        assertThat(stored).containsAll(acknowledged);
    }

    private static String tally(List<GatewayLoad.Answer> answers) {
        long ok = answers.stream().filter(GatewayLoad.Answer::ok).count();
        long refused = answers.stream().filter(GatewayLoad.Answer::honestRefusal).count();
        List<String> failed = answers.stream().filter(a -> !a.ok() && !a.honestRefusal()).map(a -> a.request() + " -> " + a.status()).toList();
        return String.format(Locale.ROOT, "%d ok / %d refused honestly / %d failed%s", ok, refused, failed.size(), failed.isEmpty() ? "" : " " + failed);
    }

    private JsonNode verdict() {
        return gateway.get("/api/verdicts/" + SEED).send().json();
    }

    private Workload workload(String name) {
        return overlay.workloads().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    /** Each pod's wait for readiness, in parallel: every one was started at the same moment. */
    private static Map<String, Duration> awaitReady(java.util.Collection<StandInPod> pods) throws Exception {
        ExecutorService waiting = Executors.newFixedThreadPool(pods.size());
        try {
            Map<String, Future<Duration>> futures = new LinkedHashMap<>();
            pods.forEach(pod -> futures.put(pod.workloadName(), waiting.submit(() -> pod.awaitReady(READY_LIMIT))));
            Map<String, Duration> ready = new LinkedHashMap<>();
            List<String> failures = new ArrayList<>();
            for (var entry : futures.entrySet()) {
                try {
                    ready.put(entry.getKey(), entry.getValue().get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new AssertionError("Not every workload became ready:\n" + String.join("\n", failures));
            }
            return ready;
        } finally {
            waiting.shutdownNow();
        }
    }

    /** Rows in feedback-service's outbox, asked of its database's pod with psql and the service's own credentials. */
    private long outboxRows(Map<String, String> feedbackEnv) {
        Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*").matcher(feedbackEnv.get("SPRING_DATASOURCE_URL"));
        assertThat(url.matches()).as("feedback-service's SPRING_DATASOURCE_URL is a PostgreSQL JDBC URL").isTrue();
        StandInPod database = pods.values().stream().filter(p -> p.aliases().contains(url.group(1))).findFirst()
                .orElseThrow(() -> new AssertionError("No pod answers to " + url.group(1)));
        StandInPod.Exec rows = database.exec(List.of("psql", "-tAc", "select count(*) from outbox_event",
                "postgresql://" + feedbackEnv.get("SPRING_DATASOURCE_USERNAME") + ":" + feedbackEnv.get("SPRING_DATASOURCE_PASSWORD")
                        + "@127.0.0.1:5432/" + url.group(3)));
        assertThat(rows.exitCode()).as(rows.output()).isZero();
        return Long.parseLong(rows.output().trim());
    }

    /** The ids of every FeedbackAccepted on feedback.events.v1, read by Kafka's console consumer in a pod on the network. */
    private Set<String> publishedFeedbackIds(String bootstrap) throws IOException, InterruptedException {
        String kafkaImage = StandInImages.resolve("apache/kafka");
        Process consumer = new ProcessBuilder("docker", "run", "--rm", "--network", namespace.network(), "--label",
                "dev.nicepick.kubelet-stand-in=" + namespace.labels().values().iterator().next(), "--memory", "256m",
                "--entrypoint", "java", kafkaImage, "-Xmx128m", "-cp", "/opt/kafka/libs/*", "org.apache.kafka.tools.consumer.ConsoleConsumer",
                "--bootstrap-server", bootstrap, "--topic", "feedback.events.v1", "--from-beginning", "--timeout-ms", "15000")
                .redirectErrorStream(true).start();
        String output = new String(consumer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        consumer.waitFor();
        Set<String> ids = new HashSet<>();
        Matcher m = FEEDBACK_ID.matcher(output);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** Memory in use per container after the smoke load, for sizing requests and limits. */
    private void printMemory() {
        try {
            List<String> command = new ArrayList<>(List.of("docker", "stats", "--no-stream", "--format", "{{.Name}}\t{{.MemUsage}}\t{{.CPUPerc}}"));
            pods.values().forEach(p -> command.add(p.containerName()));
            Process stats = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(stats.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            stats.waitFor();
            System.out.println("[kubelet] memory in use after the smoke test (docker stats --no-stream):");
            output.lines().forEach(line -> System.out.println("  " + line.replace(namespace.prefix() + "-", "")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
