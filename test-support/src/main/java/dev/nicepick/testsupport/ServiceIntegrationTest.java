package dev.nicepick.testsupport;

import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.tokens.LocalTokenSettings;
import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.OpenApiContract;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A service under test: its HTTP API on a random port, and tokens it accepts. */
@IntegrationTest
public abstract class ServiceIntegrationTest {

    /** How long a test waits for asynchronous work (an event consumed, a projection updated) before it fails. */
    protected static final Duration DEADLINE = Duration.ofSeconds(60);

    @LocalServerPort
    protected int port;

    @Autowired
    private Environment environment;

    private Api api;
    private final List<KafkaProbe> probes = new ArrayList<>();

    /**
     * One client per test instance: its connections are reused, as a real client's would be. Every answer it
     * receives must keep the service's published OpenAPI description, or the test fails with the broken rules.
     */
    protected Api api() {
        if (api == null) {
            Api plain = Api.onLocalPort(port);
            api = plain.checkedAgainst(OpenApiContract.publishedAt(plain.baseUrl() + "/v3/api-docs"));
        }
        return api;
    }

    protected Tokens tokens() {
        return Tokens.local();
    }

    protected String kafkaBootstrapServers() {
        return EmbeddedInfrastructure.get().kafkaBootstrapServers();
    }

    /**
     * Watches {@code stream} from its first record on, until the test ends; may be called from field initialisers
     * (the broker does not depend on the service under test).
     */
    protected KafkaProbe probe(String stream) {
        KafkaProbe probe = new KafkaProbe(kafkaBootstrapServers(), stream);
        probes.add(probe);
        return probe;
    }

    @AfterEach
    void closeProbes() {
        probes.forEach(KafkaProbe::close);
        probes.clear();
    }

    /**
     * Another instance of the service under test, as a replica would run: same database and broker, its own
     * port and the given extra arguments. The caller closes it.
     */
    protected ConfigurableApplicationContext startAnotherInstance(Class<?> application, String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                "--" + LocalTokenSettings.PROPERTY + "=" + TestSecrets.localSecret(),
                "--nicepick.gateway-credential=" + TestSecrets.gatewayCredential()));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(application).profiles("local").run(all.toArray(String[]::new));
    }

    /** A name no other test uses, so tests sharing one database do not see each other's data. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
