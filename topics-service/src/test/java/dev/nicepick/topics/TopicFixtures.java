package dev.nicepick.topics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid topic bodies as an editor would send them; tests break one rule at a time. */
final class TopicFixtures {

    static Map<String, Object> topic(String slug) {
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("slug", slug);
        topic.put("title", "Quarkus vs Micronaut");
        topic.put("category", "Frameworks");
        topic.put("tags", new ArrayList<>(List.of("jvm", "frameworks")));
        topic.put("intro", "Two JVM frameworks built for fast start-up. Here's our take.");
        topic.put("options", new ArrayList<>(List.of(option("quarkus", "Quarkus"), option("micronaut", "Micronaut"))));
        topic.put("editorialPick", new LinkedHashMap<>(Map.of("option", "quarkus", "strength", 10)));
        topic.put("bottomLine", "Quarkus wins for container-first services.");
        return topic;
    }

    static Map<String, Object> option(String key, String name) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("key", key);
        option.put("name", name);
        option.put("description", name + " is a JVM framework.");
        option.put("pros", new ArrayList<>(List.of("Fast start-up")));
        option.put("cons", new ArrayList<>(List.of("Smaller ecosystem than Spring")));
        option.put("related", new ArrayList<>(List.of("jvm", "kubernetes")));
        option.put("bestFor", "want native images and fast start-up");
        return option;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> firstOption(Map<String, Object> topic) {
        return ((List<Map<String, Object>>) topic.get("options")).getFirst();
    }

    private TopicFixtures() {
    }
}
