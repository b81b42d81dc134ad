package dev.nicepick.verdicts;

import dev.nicepick.testsupport.RefusalContract;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verdict-service refuses hostile and malformed input cleanly, in the API's own words. Its one body is an
 * experiment's ({@code POST /api/lab/experiments}).
 */
class VerdictsRefusalTest extends RefusalContract {

    VerdictsRefusalTest() {
        super("/api/verdicts/no-such-topic");
    }

    @Override
    protected Optional<Api.Request> wrongMediaType() {
        return Optional.of(api().post("/api/lab/experiments", "mode=local").contentType("text/plain").bearer(admin()));
    }

    @Override
    protected Map<String, Api.Request> badRequests() {
        Map<String, Api.Request> matrix = new LinkedHashMap<>();
        matrix.put("recompute without mode", api().post("/api/verdicts/recompute", null).bearer(admin()));
        matrix.put("recompute with an unknown mode", api().post("/api/verdicts/recompute?mode=everywhere", null).bearer(admin()));
        matrix.put("history of a NUL slug", api().get("/api/verdicts/a%00b/history"));
        matrix.put("experiment body not JSON", api().post("/api/lab/experiments", "{\"mode\": ").bearer(admin()));
        matrix.put("experiment with passes as text", api().post("/api/lab/experiments", "{\"mode\": \"local\", \"threads\": 1, \"passes\": \"many\"}").bearer(admin()));
        matrix.put("experiment with an unknown field", api().post("/api/lab/experiments", "{\"mode\": \"local\", \"threads\": 1, \"passes\": 1, \"draws\": 5}").bearer(admin()));
        matrix.put("experiments with a limit as text", api().get("/api/lab/experiments?limit=all"));
        return matrix;
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        Response response = api().post("/api/verdicts/recompute", null).bearer(admin()).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("mode");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("is required");
    }

    private String admin() {
        return tokens().mint("admin-1", "admin");
    }
}
