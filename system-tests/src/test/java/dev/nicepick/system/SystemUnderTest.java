package dev.nicepick.system;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.testsupport.net.FreePorts;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole system as in production, each part a container on one Docker network: Kafka (KRaft), a PostgreSQL
 * for topics-service and verdict-service and one of its own for feedback-service, the three services and the
 * gateway. Started once per JVM; removed when the JVM exits (Testcontainers' reaper cannot run here).
 *
 * <p>Images come from the same variables docker-compose.yml reads ({@code KAFKA_IMAGE}, {@code POSTGRES_IMAGE},
 * and {@code NICEPICK_IMAGE_PREFIX}/{@code NICEPICK_VERSION} for ours), with the official ones as defaults.
 */
public final class SystemUnderTest {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    /** The gateway's default management port (application.yml). */
    private static final int MANAGEMENT_PORT = 9080;

    private final Network network = Network.newNetwork();
    private final int kafkaHostPort = FreePorts.next();
    private final GenericContainer<?> kafka;
    private final GenericContainer<?> postgres;
    private final GenericContainer<?> feedbackPostgres;
    private final GenericContainer<?> topics;
    private final GenericContainer<?> verdicts;
    private final GenericContainer<?> feedback;
    private final GenericContainer<?> gateway;

    private SystemUnderTest() {
        kafka = new GenericContainer<>(image("KAFKA_IMAGE", "apache/kafka:4.1.1"))
                .withNetwork(network).withNetworkAliases("kafka")
                .withEnv(Map.ofEntries(
                        Map.entry("KAFKA_NODE_ID", "1"),
                        Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
                        Map.entry("KAFKA_LISTENERS", "PLAINTEXT://:9092,CONTROLLER://:9093,HOST://:19092"),
                        Map.entry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:9092,HOST://127.0.0.1:" + kafkaHostPort),
                        Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
                        Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,HOST:PLAINTEXT"),
                        Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093"),
                        Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
                        Map.entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"),
                        Map.entry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")))
                // A fixed host port, so the address Kafka advertises to the tests' own client stays true after a restart.
                .withCreateContainerCmdModifier(cmd -> cmd.withExposedPorts(ExposedPort.tcp(19092)).getHostConfig().withPortBindings(
                        new PortBinding(Ports.Binding.bindIpAndPort("127.0.0.1", kafkaHostPort), ExposedPort.tcp(19092))))
                .waitingFor(Wait.forLogMessage(".*Kafka Server started.*", 1).withStartupTimeout(START_LIMIT));
        postgres = postgres("postgres");
        feedbackPostgres = postgres("feedback-postgres");
        topics = service("topics-service", Map.of("TOPICS_DB_URL", "jdbc:postgresql://postgres:5432/topics_service"), List.of(kafka, postgres));
        verdicts = service("verdict-service", Map.of("VERDICTS_DB_URL", "jdbc:postgresql://postgres:5432/verdict_service"), List.of(kafka, postgres));
        feedback = service("feedback-service", Map.of("FEEDBACK_DB_URL", "jdbc:postgresql://feedback-postgres:5432/feedback_service",
                // Every simulated reader comes from this one test machine.
                "NICEPICK_FEEDBACK_PERADDRESSPERMINUTE", "100000"), List.of(kafka, feedbackPostgres));
        gateway = service("gateway", Map.of(
                        "TOPICS_URL", "http://topics-service:8080",
                        "VERDICTS_URL", "http://verdict-service:8080",
                        "FEEDBACK_URL", "http://feedback-service:8080",
                        "NICEPICK_GATEWAY_RATELIMIT_READSPERMINUTE", "100000",
                        // every simulated reader gets an identity from this one test machine
                        "NICEPICK_GATEWAY_RATELIMIT_READERSPERHOUR", "100000",
                        "NICEPICK_READER_COOKIE_SECRET", TestSecrets.readerCookieSecret()),
                List.of(topics, verdicts, feedback));

        Runtime.getRuntime().addShutdownHook(new Thread(this::remove, "system-under-test-remove"));
        CompletableFuture.allOf(CompletableFuture.runAsync(kafka::start), CompletableFuture.runAsync(postgres::start),
                CompletableFuture.runAsync(feedbackPostgres::start)).join();
        CompletableFuture.allOf(Stream.of(topics, verdicts, feedback).map(c -> CompletableFuture.runAsync(c::start))
                .toArray(CompletableFuture[]::new)).join();
        gateway.start();
    }

    public static SystemUnderTest get() {
        return Holder.INSTANCE;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gateway.getMappedPort(8080);
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaHostPort;
    }

    /** The gateway's management port: breaker states, health details, metrics. */
    public String gatewayOperationsUrl() {
        return "http://127.0.0.1:" + gateway.getMappedPort(MANAGEMENT_PORT);
    }


    public GenericContainer<?> kafka() {
        return kafka;
    }

    public GenericContainer<?> verdicts() {
        return verdicts;
    }

    public GenericContainer<?> feedback() {
        return feedback;
    }

    public GenericContainer<?> feedbackPostgres() {
        return feedbackPostgres;
    }

    /** Kills a container at once (SIGKILL), as when its machine dies; it keeps its file system. */
    public void kill(GenericContainer<?> container) {
        docker().killContainerCmd(container.getContainerId()).exec();
    }

    /** Stops a container gracefully (SIGTERM). */
    public void stop(GenericContainer<?> container) {
        docker().stopContainerCmd(container.getContainerId()).withTimeout(20).exec();
    }

    /** Starts a killed or stopped container again, with its data and its name on the network. */
    public void restart(GenericContainer<?> container) {
        docker().startContainerCmd(container.getContainerId()).exec();
    }

    public void pause(GenericContainer<?> container) {
        docker().pauseContainerCmd(container.getContainerId()).exec();
    }

    public void unpause(GenericContainer<?> container) {
        docker().unpauseContainerCmd(container.getContainerId()).exec();
    }

    public void disconnect(GenericContainer<?> container) {
        docker().disconnectFromNetworkCmd().withNetworkId(network.getId()).withContainerId(container.getContainerId()).exec();
    }

    public void connect(GenericContainer<?> container, String alias) {
        docker().connectToNetworkCmd().withNetworkId(network.getId()).withContainerId(container.getContainerId())
                .withContainerNetwork(new ContainerNetwork().withAliases(alias)).exec();
    }

    private GenericContainer<?> postgres(String alias) {
        return new GenericContainer<>(image("POSTGRES_IMAGE", "postgres:17"))
                .withNetwork(network).withNetworkAliases(alias)
                .withEnv(Map.of("POSTGRES_USER", "postgres", "POSTGRES_PASSWORD", "nicepick"))
                .withCopyFileToContainer(MountableFile.forHostPath(repository().resolve("docker/postgres/create-databases.sql")),
                        "/docker-entrypoint-initdb.d/create-databases.sql")
                .waitingFor(Wait.forSuccessfulCommand("pg_isready -U postgres -d topics_service -h 127.0.0.1").withStartupTimeout(START_LIMIT));
    }

    private GenericContainer<?> service(String name, Map<String, String> environment, List<GenericContainer<?>> dependsOn) {
        String prefix = System.getenv().getOrDefault("NICEPICK_IMAGE_PREFIX", "nicepick/");
        String version = System.getenv().getOrDefault("NICEPICK_VERSION", "latest");
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(prefix + name + ":" + version))
                .withNetwork(network).withNetworkAliases(name)
                .withEnv("SPRING_PROFILES_ACTIVE", "local")
                .withEnv("NICEPICK_LOCAL_SECRET", TestSecrets.localSecret())
                .withEnv("NICEPICK_GATEWAY_CREDENTIAL", TestSecrets.gatewayCredential())
                .withEnv("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                .withEnv("TOPICS_DB_PASSWORD", "nicepick")
                .withEnv("VERDICTS_DB_PASSWORD", "nicepick")
                .withEnv("FEEDBACK_DB_PASSWORD", "nicepick")
                .withEnv(environment)
                .withExposedPorts(name.equals("gateway") ? new Integer[] {8080, MANAGEMENT_PORT} : new Integer[] {8080})
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withMemory(640L * 1024 * 1024))
                .waitingFor(Wait.forHttp("/actuator/health/readiness").forPort(8080).withStartupTimeout(START_LIMIT));
        dependsOn.forEach(container::dependsOn);
        return container;
    }

    private static DockerImageName image(String variable, String official) {
        return DockerImageName.parse(System.getenv().getOrDefault(variable, official)).asCompatibleSubstituteFor(official.split(":")[0]);
    }

    private static Path repository() {
        return Path.of("").toAbsolutePath().getParent();
    }

    private static DockerClient docker() {
        return DockerClientFactory.instance().client();
    }

    private void remove() {
        Stream.of(gateway, feedback, verdicts, topics, feedbackPostgres, postgres, kafka).forEach(container -> {
            try {
                container.stop();
            } catch (RuntimeException e) {
                System.err.println("could not remove " + container.getContainerName() + ": " + e);
            }
        });
        network.close();
    }

    private static final class Holder {
        private static final SystemUnderTest INSTANCE = new SystemUnderTest();
    }
}
