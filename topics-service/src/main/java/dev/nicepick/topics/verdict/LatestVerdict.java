package dev.nicepick.topics.verdict;

import java.time.Instant;
import java.util.Map;

/** The newest verdict revision this service has heard of, embedded in the topic it belongs to. */
public record LatestVerdict(String winner, double probability, Map<String, Long> split, long revision, Instant computedAt) {
}
