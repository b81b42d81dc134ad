package dev.nicepick.lab;

import java.lang.management.ManagementFactory;

/**
 * The machine the figures were taken on.
 *
 * @param cores       processors the JVM sees
 * @param memoryBytes physical memory, bytes
 * @param jdk         the JVM's name and version
 * @param os          the operating system and architecture
 * @param commit      the suite's git commit (as bin/lab found it; "unknown" outside a checkout)
 */
public record Machine(int cores, long memoryBytes, String jdk, String os, String commit) {

    /** This machine, at the given commit. */
    public static Machine here(String commit) {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), commit);
    }
}
