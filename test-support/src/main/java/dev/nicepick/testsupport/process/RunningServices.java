package dev.nicepick.testsupport.process;

import dev.nicepick.testsupport.EmbeddedInfrastructure;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.testsupport.net.FreePorts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * topics-service, verdict-service and feedback-service from their built jars, each a process of its own on a
 * free port, sharing this JVM's embedded Kafka broker and PostgreSQL: started once per JVM, on first use, and
 * stopped when the JVM exits, with this JVM's {@link TestSecrets} ({@code NICEPICK_LOCAL_SECRET},
 * {@code NICEPICK_GATEWAY_CREDENTIAL}). For tests of what stands in front of the services (the gateway, the web page).
 */
public final class RunningServices {

    private final ServiceProcess topics;
    private final ServiceProcess verdicts;
    private final ServiceProcess feedback;

    private RunningServices(Path repository) {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        Path logs = repository.resolve("target/service-logs");
        topics = process(repository, "topics-service", "TOPICS_DB_URL", infrastructure, logs);
        verdicts = process(repository, "verdict-service", "VERDICTS_DB_URL", infrastructure, logs);
        feedback = process(repository, "feedback-service", "FEEDBACK_DB_URL", infrastructure, logs);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(topics::start),
                CompletableFuture.runAsync(verdicts::start),
                CompletableFuture.runAsync(feedback::start)).join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.of(feedback, verdicts, topics).parallelStream().forEach(ServiceProcess::stop),
                "running-services-stop"));
    }

    /** Started once per JVM; the working directory is a module of the repository, as under Maven. */
    public static RunningServices get() {
        return Holder.INSTANCE;
    }

    public ServiceProcess topics() {
        return topics;
    }

    public ServiceProcess verdicts() {
        return verdicts;
    }

    public ServiceProcess feedback() {
        return feedback;
    }

    private static ServiceProcess process(Path repository, String module, String databaseVariable,
                                          EmbeddedInfrastructure infrastructure, Path logs) {
        String database = module.replace('-', '_');
        return new ServiceProcess(module, ServiceProcess.builtJar(repository.resolve(module)), FreePorts.next(),
                Map.of(databaseVariable, infrastructure.jdbcUrl(database),
                        "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                        "NICEPICK_LOCAL_SECRET", TestSecrets.localSecret(),
                        "NICEPICK_GATEWAY_CREDENTIAL", TestSecrets.gatewayCredential()),
                List.of("--spring.profiles.active=local",
                        "--spring.datasource.username=" + infrastructure.postgresUsername(),
                        "--spring.datasource.password=" + infrastructure.postgresPassword()),
                logs);
    }

    private static final class Holder {
        private static final RunningServices INSTANCE = new RunningServices(Path.of("").toAbsolutePath().getParent());
    }
}
