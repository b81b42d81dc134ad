package dev.nicepick.gateway;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.process.RunningServices;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One vocabulary on the wire: a refusal the gateway gives itself and the same refusal given by a service
 * (topics-service, asked directly) carry the same status, {@code type} and {@code title}, those of
 * {@link ProblemTypes}. A client handling a problem cannot tell, and need not know, which layer answered.
 */
class ProblemAgreementTest extends GatewayTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown path       | GET    | /api/no-such-thing
            method not allowed | DELETE | /api/topics
            control character  | GET    | /api/topics?q=a%00b
            broken UTF-8       | GET    | /api/topics?q=%C0%80
            """)
    void theGatewayAndAServiceRefuseAlike(String kind, String method, String path) {
        JsonNode fromGateway = refused(kind, api().request(method, path, null));
        JsonNode fromService = refused(kind, new Api(RunningServices.get().topics().url()).request(method, path, null));

        int status = fromService.get("status").asInt();
        assertThat(fromGateway.get("status").asInt()).as(kind).isEqualTo(status);
        assertThat(fromGateway.get("type").asString()).as(kind)
                .isEqualTo(fromService.get("type").asString()).isEqualTo(ProblemTypes.of(status).toString());
        assertThat(fromGateway.get("title").asString()).as(kind)
                .isEqualTo(fromService.get("title").asString()).isEqualTo(ProblemTypes.title(status));
    }

    private static JsonNode refused(String kind, Api.Request request) {
        Api.Response response = request.send();
        assertThat(response.status()).as(kind + ": " + response.body()).isBetween(400, 499);
        assertThat(response.header("Content-Type")).as(kind).startsWith("application/problem+json");
        return response.json();
    }
}
