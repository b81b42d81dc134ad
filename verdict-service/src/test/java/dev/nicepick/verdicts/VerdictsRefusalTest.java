package dev.nicepick.verdicts;

import dev.nicepick.testsupport.RefusalContract;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * verdict-service refuses hostile and malformed input cleanly, in the API's own words. No endpoint of it reads a
 * body, so none can refuse a media type.
 */
class VerdictsRefusalTest extends RefusalContract {

    VerdictsRefusalTest() {
        super("/api/verdicts/no-such-topic");
    }

    @Override
    protected Map<String, Api.Request> badRequests() {
        Map<String, Api.Request> matrix = new LinkedHashMap<>();
        matrix.put("recompute without mode", api().post("/api/verdicts/recompute", null).bearer(admin()));
        matrix.put("recompute with an unknown mode", api().post("/api/verdicts/recompute?mode=everywhere", null).bearer(admin()));
        matrix.put("history of a NUL slug", api().get("/api/verdicts/a%00b/history"));
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
