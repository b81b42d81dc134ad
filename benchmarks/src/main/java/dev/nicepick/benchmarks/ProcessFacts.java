package dev.nicepick.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** What Linux says about a process: its resident memory and the CPU time it has used. */
public final class ProcessFacts {

    /** USER_HZ: the unit of utime and stime in /proc/PID/stat on Linux (100 on every platform Linux runs on now). */
    private static final int CLOCK_TICKS_PER_SECOND = 100;
    private static final Pattern VM_RSS = Pattern.compile("^VmRSS:\\s+(\\d+) kB$", Pattern.MULTILINE);

    private ProcessFacts() {
    }

    /** Resident set size in MiB (VmRSS of /proc/PID/status). */
    public static double rssMib(long pid) {
        return rssMibOf(read(Path.of("/proc", Long.toString(pid), "status")));
    }

    static double rssMibOf(String status) {
        return Math.round(Long.parseLong(WrkOutput.find(VM_RSS, status, "VmRSS").group(1)) / 1024.0 * 10) / 10.0;
    }

    /** CPU time used so far (user and system), milliseconds (/proc/PID/stat fields 14 and 15). */
    public static long cpuMillis(long pid) {
        return cpuMillisOf(read(Path.of("/proc", Long.toString(pid), "stat")));
    }

    static long cpuMillisOf(String stat) {
        // the command name (field 2) is in parentheses and may hold spaces: count fields after its closing one
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
