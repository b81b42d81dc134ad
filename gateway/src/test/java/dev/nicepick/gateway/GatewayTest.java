package dev.nicepick.gateway;

import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.process.RunningServices;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A gateway in this JVM in front of the real services, each started from its jar as a process of its own
 * (once per JVM). Subclasses may point one route at a stand-in instead.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
public abstract class GatewayTest {

    public static final String SEED = "distributed-systems-vs-multiprocessing";

    @LocalServerPort
    int port;

    @Value("${nicepick.security.local-secret}")
    String localSecret;

    protected static void routeToRunningServices(DynamicPropertyRegistry registry) {
        RunningServices services = RunningServices.get();
        route(registry, "topics-service", services.topics().url());
        route(registry, "verdict-service", services.verdicts().url());
        route(registry, "feedback-service", services.feedback().url());
    }

    protected static void route(DynamicPropertyRegistry registry, String service, String url) {
        registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri", () -> url);
    }

    protected Api api() {
        return Api.onLocalPort(port);
    }

    protected Tokens tokens() {
        return new Tokens(localSecret);
    }

    /** The signed reader cookie the gateway hands a new visitor, as a {@code Cookie} header value. */
    protected String readerCookie() {
        String setCookie = api().get("/api/topics?size=1").send().header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
