package dev.nicepick.lab;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * bin/lab's arguments to the program, all required: {@code --profile full|short --out DIR --gateway URL
 * --management-port N --topics-port N --verdict-ports N,N... --commit SHA --time-limit SECONDS}. The admin token
 * comes from the environment ({@code LAB_ADMIN_TOKEN}), never the command line (which every local user can read).
 */
public record LabOptions(LabProfile profile, Path out, URI gateway, int managementPort, int topicsPort,
                         List<Integer> verdictPorts, String commit, Duration timeLimit) {

    /** Parses the arguments; an {@link IllegalArgumentException} naming what is missing or wrong. */
    public static LabOptions parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in pairs: --name value");
        }
        java.util.Map<String, String> named = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            named.put(args[i], args[i + 1]);
        }
        return new LabOptions(LabProfile.named(required(named, "--profile")), Path.of(required(named, "--out")),
                URI.create(required(named, "--gateway")), Integer.parseInt(required(named, "--management-port")),
                Integer.parseInt(required(named, "--topics-port")),
                Arrays.stream(required(named, "--verdict-ports").split(",")).map(Integer::valueOf).toList(),
                required(named, "--commit"), Duration.ofSeconds(Long.parseLong(required(named, "--time-limit"))));
    }

    private static String required(java.util.Map<String, String> named, String name) {
        String value = named.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
