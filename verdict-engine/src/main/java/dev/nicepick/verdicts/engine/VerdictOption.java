package dev.nicepick.verdicts.engine;

import java.util.List;
import java.util.Objects;

/** @param bestFor optional phrase completing "Use {name} if you ..."; without it the wording falls back to pros and cons */
public record VerdictOption(String key, String name, List<String> pros, List<String> cons, String bestFor) {

    public VerdictOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        pros = List.copyOf(Objects.requireNonNullElse(pros, List.of()));
        cons = List.copyOf(Objects.requireNonNullElse(cons, List.of()));
    }
}
