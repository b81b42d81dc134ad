package dev.nicepick.lab;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The published topics the load reads and votes on, as the gateway lists them ({@code GET /api/topics?size=100}).
 *
 * @param topics each topic's slug and its options' keys, in the listing's order
 */
public record Catalogue(List<Topic> topics) {

    /** A topic: its slug and its options' keys (a vote names one: {@code {"preferredOption": key}}). */
    public record Topic(String slug, List<String> optionKeys) {
    }

    /** Reads the catalogue through the gateway; an {@link IllegalStateException} when it is empty or cannot be read. */
    public static Catalogue read(LabHttp http) {
        JsonNode page = http.getJson("/api/topics?size=100", Duration.ofSeconds(10));
        List<Topic> topics = new ArrayList<>();
        for (JsonNode topic : page.path("items")) {
            List<String> keys = new ArrayList<>();
            topic.path("options").forEach(option -> keys.add(option.path("key").asString()));
            topics.add(new Topic(topic.path("slug").asString(), List.copyOf(keys)));
        }
        if (topics.isEmpty()) {
            throw new IllegalStateException("The catalogue is empty: nothing to read or vote on");
        }
        return new Catalogue(List.copyOf(topics));
    }

    /** The topic at {@code index}, round the catalogue. */
    public Topic at(int index) {
        return topics.get(Math.floorMod(index, topics.size()));
    }
}
