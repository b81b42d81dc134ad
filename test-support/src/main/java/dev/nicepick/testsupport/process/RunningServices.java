package dev.nicepick.testsupport.process;

import dev.nicepick.testsupport.EmbeddedInfrastructure;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.testsupport.net.FreePorts;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Every service {@code services.tsv} lists ({@link ListedService}: topics-service, verdict-service and
 * feedback-service), from their built jars, each a process of its own on a free port, sharing this JVM's embedded
 * Kafka broker and PostgreSQL (each its own database): started once per JVM, on first use, and stopped when the
 * JVM exits, with this JVM's {@link TestSecrets} ({@code NICEPICK_LOCAL_SECRET}, {@code NICEPICK_GATEWAY_CREDENTIAL}),
 * and fault drills enabled ({@code NICEPICK_LAB_DRILLS_ENABLED=true}, as {@code bin/run --lab}), Chaos Monkey loaded.
 * For tests of what stands in front of the services (the gateway, the web page).
 */
public final class RunningServices {

    private final Map<String, ServiceProcess> byModule = new LinkedHashMap<>();

    private RunningServices(Path repository) {
        EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.get();
        Path logs = repository.resolve("target/service-logs");
        for (ListedService service : ListedService.readAll(repository)) {
            byModule.put(service.module(), process(repository, service, infrastructure, logs));
        }
        CompletableFuture.allOf(byModule.values().stream().map(process -> CompletableFuture.runAsync(process::start))
                .toArray(CompletableFuture[]::new)).join();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> byModule.values().parallelStream().forEach(ServiceProcess::stop),
                "running-services-stop"));
    }

    /** Started once per JVM; the working directory is a module of the repository, as under Maven. */
    public static RunningServices get() {
        return Holder.INSTANCE;
    }

    /** A running service by its module's name, e.g. {@code topics-service}; {@link IllegalArgumentException} if not listed. */
    public ServiceProcess service(String module) {
        ServiceProcess process = byModule.get(module);
        if (process == null) {
            throw new IllegalArgumentException(module + " is not in " + ListedService.FILE + " " + byModule.keySet());
        }
        return process;
    }

    /** Every running service, in the list's order. */
    public List<ServiceProcess> all() {
        return List.copyOf(byModule.values());
    }

    /** topics-service, which tests that put stand-ins in place of the other services still route to. */
    public ServiceProcess topics() {
        return service("topics-service");
    }

    private static ServiceProcess process(Path repository, ListedService service, EmbeddedInfrastructure infrastructure, Path logs) {
        return new ServiceProcess(service.module(), ServiceProcess.builtJar(repository.resolve(service.module())), FreePorts.next(),
                Map.of("SPRING_DATASOURCE_URL", infrastructure.jdbcUrl(service.database()),
                        "SPRING_DATASOURCE_USERNAME", infrastructure.postgresUsername(),
                        "SPRING_DATASOURCE_PASSWORD", infrastructure.postgresPassword(),
                        "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                        "NICEPICK_LOCAL_SECRET", TestSecrets.localSecret(),
                        "NICEPICK_GATEWAY_CREDENTIAL", TestSecrets.gatewayCredential(),
                        // every reader of these tests votes from 127.0.0.1; the limit has a test of its own (FeedbackValidationTest)
                        "NICEPICK_FEEDBACK_PERADDRESSPERMINUTE", "100000",
                        // as bin/run --lab: an admin token may start fault drills (tests that start one stop it)
                        "NICEPICK_LAB_DRILLS_ENABLED", "true"),
                List.of("--spring.profiles.active=local"),
                logs);
    }

    private static final class Holder {
        private static final RunningServices INSTANCE = new RunningServices(Path.of("").toAbsolutePath().getParent());
    }
}
