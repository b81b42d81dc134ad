package dev.nicepick.gateway;

import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.tokens.LocalTokenSettings;
import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.process.RunningServices;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway in this JVM in front of the real services, each started from its jar as a process of its own
 * (once per JVM), with this JVM's test secrets and a management port of its own. Subclasses may point one route
 * at a stand-in instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0",
        // tests make many readers from one address; the limit itself has a test of its own
        "nicepick.gateway.rate-limit.readers-per-hour=100000"})
@ActiveProfiles("local")
public abstract class GatewayTest {

    public static final String SEED = "distributed-systems-vs-multiprocessing";

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void secrets(DynamicPropertyRegistry registry) {
        registry.add(LocalTokenSettings.PROPERTY, TestSecrets::localSecret);
        registry.add("nicepick.gateway.reader-cookie.secret", TestSecrets::readerCookieSecret);
        registry.add("nicepick.gateway.service-credential", TestSecrets::gatewayCredential);
    }

    protected static void routeToRunningServices(DynamicPropertyRegistry registry) {
        RunningServices.get().all().forEach(service -> route(registry, service.name(), service.url()));
    }

    protected static void route(DynamicPropertyRegistry registry, String service, String url) {
        registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri", () -> url);
    }

    /** The public port, as readers and API clients reach it. */
    protected Api api() {
        return Api.onLocalPort(port);
    }

    /** The management port: health details, metrics and breaker states, for operators only. */
    protected Api operations() {
        return Api.onLocalPort(managementPort);
    }

    protected Tokens tokens() {
        return new Tokens(TestSecrets.localSecret());
    }

    /** A new reader identity from {@code POST /api/readers}, as a {@code Cookie} header value. */
    protected String readerCookie() {
        String setCookie = api().post("/api/readers", null).send().header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
