package dev.nicepick.lab;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything one lab run measured: results.json is this record. An experiment that failed is null, and
 * {@code failures} says why.
 *
 * @param units what the numbers are in, by the ending of their names
 */
public record LabResults(Machine machine, String profile, Instant startedAt, Instant finishedAt, Map<String, String> units,
                         AvailabilityExperiment.Result availability, ConsistencyExperiment.Result consistency,
                         ScaleExperiment.Result scale, List<String> failures) {

    /** The units of results.json, by the ending of a figure's name. */
    public static final Map<String, String> UNITS = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            "Ms / Millis / millis", "milliseconds",
            "Seconds", "seconds",
            "Bytes", "bytes",
            "unitsPerSecond", "verdicts computed per second (a unit: one topic's verdict computed once)",
            "perSecond", "answers the load's clients got in each second (UTC), by kind",
            "requests / votes / accepted / count", "requests")));
}
