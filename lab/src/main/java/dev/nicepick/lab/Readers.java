package dev.nicepick.lab;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Anonymous reader identities for the load, minted through the gateway ({@code POST /api/readers}). */
public final class Readers {

    private Readers() {
    }

    /**
     * Mints {@code count} readers.
     *
     * @return their cookie values, for {@code Cookie: nicepick_reader=...}
     * @throws IllegalStateException when the gateway refuses one (e.g. 429: more readers than its limit per address)
     */
    public static List<String> mint(LabHttp http, int count) {
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LabHttp.Answer answer = http.post("/api/readers", null, null, false, Duration.ofSeconds(10));
            cookies.add(answer.setCookie().filter(c -> answer.ok())
                    .orElseThrow(() -> new IllegalStateException("POST /api/readers answered " + answer.status()
                            + " without a reader cookie: " + answer.body())));
        }
        return cookies;
    }
}
