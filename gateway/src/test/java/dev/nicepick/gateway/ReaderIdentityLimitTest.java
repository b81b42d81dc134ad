package dev.nicepick.gateway;

import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** One network address can mint only so many reader identities an hour: a script cannot vote as a crowd. */
class ReaderIdentityLimitTest extends GatewayTest {

    @DynamicPropertySource
    static void fewReaders(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
        registry.add("nicepick.gateway.rate-limit.readers-per-hour", () -> "3");
    }

    @Test
    void anAddressMintsAtMostItsLimitOfReadersAnHourAndKeepsThoseItHas() {
        String kept = null;
        for (int i = 0; i < 3; i++) {
            // with no trusted proxy (the default) a forwarded address is ignored: the count stays the peer's
            Api.Response minted = api().post("/api/readers", null).header("X-Forwarded-For", "203.0.113." + i).send();
            assertThat(minted.status()).isEqualTo(201);
            kept = minted.header("Set-Cookie").substring(0, minted.header("Set-Cookie").indexOf(';'));
        }
        Api.Response refused = api().post("/api/readers", null).header("X-Forwarded-For", "203.0.113.99").send();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
        assertThat(refused.header("Set-Cookie")).isNull();

        assertThat(api().post("/api/readers", null).header("Cookie", kept).send().status())
                .as("a reader who has an identity keeps using it").isEqualTo(200);
    }
}
