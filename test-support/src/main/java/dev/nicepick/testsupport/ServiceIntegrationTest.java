package dev.nicepick.testsupport;

import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

/** A service under test: its HTTP API on a random port, and tokens it accepts. */
@IntegrationTest
public abstract class ServiceIntegrationTest {

    @LocalServerPort
    protected int port;

    @Value("${nicepick.security.local-secret}")
    private String localSecret;

    private Api api;

    /** One client per test instance: its connections are reused, as a real client's would be. */
    protected Api api() {
        if (api == null) {
            api = Api.onLocalPort(port);
        }
        return api;
    }

    protected Tokens tokens() {
        return new Tokens(localSecret);
    }

    protected String kafkaBootstrapServers() {
        return EmbeddedInfrastructure.get().kafkaBootstrapServers();
    }

    /** A name no other test uses, so tests sharing one database do not see each other's data. */
    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
