package dev.nicepick.system;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ContainerNetwork;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.testsupport.net.FreePorts;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ContainerState;
import org.testcontainers.containers.DockerComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.awaitility.Awaitility.await;

/**
 * The whole system as docker-compose.yml describes it (Kafka, PostgreSQL, Redis, the three services and the
 * gateway), run by {@code docker-compose} itself with {@code system-tests/docker-compose.override.yml} on top:
 * a PostgreSQL of feedback-service's own, nothing restarting by itself, the ports the tests reach. It runs with the
 * compose file's profile {@code tracing}: Zipkin, to which every application sends its spans. Started once per
 * JVM; {@code docker-compose down -v} when the JVM exits (Testcontainers' reaper cannot run here).
 *
 * <p>Images come from the variables docker-compose.yml reads ({@code KAFKA_IMAGE}, {@code POSTGRES_IMAGE},
 * {@code REDIS_IMAGE}, {@code ZIPKIN_IMAGE}, {@code NICEPICK_VERSION}), taken from this JVM's environment. Faults
 * are made on the compose file's service names ({@link #KAFKA}, {@link #VERDICTS}, ...), one container each.
 */
public final class SystemUnderTest {

    static final String KAFKA = "kafka";
    static final String VERDICTS = "verdict-service";
    static final String FEEDBACK = "feedback-service";
    static final String FEEDBACK_POSTGRES = "feedback-postgres";

    /** Beyond the services' own grace period (docker-compose.yml), so their health check, not this, says when a start failed. */
    private static final Duration START_LIMIT = Duration.ofMinutes(6);

    private final int gatewayPort = FreePorts.next();
    private final int managementPort = FreePorts.next();
    private final int kafkaPort = FreePorts.next();
    private final int zipkinPort = FreePorts.next();
    private final Compose compose;
    private final String networkId;

    private SystemUnderTest() {
        Path repository = repository();
        compose = new Compose(List.of(repository.resolve("docker-compose.yml").toFile(),
                repository.resolve("system-tests/docker-compose.override.yml").toFile()))
                .withPull(false) // no registry here: the images are built or stood in for beforehand
                .withEnv(Map.of(
                        "NICEPICK_LOCAL_SECRET", TestSecrets.localSecret(),
                        "NICEPICK_GATEWAY_CREDENTIAL", TestSecrets.gatewayCredential(),
                        "NICEPICK_READER_COOKIE_SECRET", TestSecrets.readerCookieSecret(),
                        "GATEWAY_PORT", Integer.toString(gatewayPort),
                        "GATEWAY_MANAGEMENT_HOST_PORT", Integer.toString(managementPort),
                        "KAFKA_HOST_PORT", Integer.toString(kafkaPort),
                        "COMPOSE_PROFILES", "tracing",
                        "NICEPICK_ZIPKIN_URL", "http://zipkin:9411",
                        "ZIPKIN_PORT", Integer.toString(zipkinPort)))
                // the gateway starts last, once every service is healthy (depends_on), so its health is the whole system's
                .waitingFor("gateway", Wait.forHealthcheck().withStartupTimeout(START_LIMIT));
        Runtime.getRuntime().addShutdownHook(new Thread(compose::stop, "system-under-test-down"));
        compose.start();
        networkId = docker().inspectContainerCmd(containerId("gateway")).exec()
                .getNetworkSettings().getNetworks().values().iterator().next().getNetworkID();
    }

    public static SystemUnderTest get() {
        return Holder.INSTANCE;
    }

    /** The repository's root (the tests run in {@code system-tests}). */
    public static Path repository() {
        return Path.of("").toAbsolutePath().getParent();
    }

    /** A service's address on the system's network, which this machine reaches too (as Prometheus scrapes it). */
    public String address(String service) {
        return docker().inspectContainerCmd(containerId(service)).exec().getNetworkSettings().getNetworks().values()
                .iterator().next().getIpAddress();
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** Kafka as the tests' own clients reach it (a listener of its own, advertised with this address). */
    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    /** The gateway's management port: breaker states, health details, metrics. */
    public String gatewayOperationsUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** Zipkin's API and UI, where every application of the system sends its spans. */
    public String zipkinUrl() {
        return "http://127.0.0.1:" + zipkinPort;
    }

    /** Kills a service's container at once (SIGKILL), as when its machine dies; it keeps its file system. */
    public void kill(String service) {
        docker().killContainerCmd(containerId(service)).exec();
    }

    /** Stops a service's container gracefully (SIGTERM, then SIGKILL after 20 s). */
    public void stop(String service) {
        docker().stopContainerCmd(containerId(service)).withTimeout(20).exec();
    }

    /** Starts a killed or stopped container again, with its data and its name on the network. */
    public void restart(String service) {
        docker().startContainerCmd(containerId(service)).exec();
    }

    /**
     * Freezes every process of a service's container (SIGSTOP through the cgroup freezer): it takes, but never answers.
     * The freezer can give up while a process is busy in the kernel (runc: "unable to freeze"; it thaws again), so a
     * refused freeze is tried again until it holds.
     */
    public void pause(String service) {
        await().atMost(Duration.ofSeconds(30)).ignoreExceptionsMatching(e -> String.valueOf(e.getMessage()).contains("unable to freeze"))
                .until(() -> {
                    docker().pauseContainerCmd(containerId(service)).exec();
                    return true;
                });
    }

    public void unpause(String service) {
        docker().unpauseContainerCmd(containerId(service)).exec();
    }

    /** Cuts a running service off the system's network: its name no longer resolves, nothing reaches it. */
    public void disconnect(String service) {
        docker().disconnectFromNetworkCmd().withNetworkId(networkId).withContainerId(containerId(service)).exec();
    }

    /** Connects a service back under its compose name, as docker-compose had it. */
    public void connect(String service) {
        docker().connectToNetworkCmd().withNetworkId(networkId).withContainerId(containerId(service))
                .withContainerNetwork(new ContainerNetwork().withAliases(service)).exec();
    }

    private String containerId(String service) {
        return compose.getContainerByServiceName(service).map(ContainerState::getContainerId)
                .orElseThrow(() -> new IllegalArgumentException("docker-compose.yml runs no service " + service));
    }

    private static DockerClient docker() {
        return DockerClientFactory.instance().client();
    }

    /** Testcontainers' compose support with the local {@code docker-compose} (v1, Debian's), its type made concrete. */
    private static final class Compose extends DockerComposeContainer<Compose> {
        Compose(List<File> files) {
            super(files);
        }
    }

    private static final class Holder {
        private static final SystemUnderTest INSTANCE = new SystemUnderTest();
    }
}
