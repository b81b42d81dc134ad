package dev.nicepick.system;

import dev.nicepick.load.StoredFeedback;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What editors, readers and moderators do, through the gateway only, as clients would. */
final class Newsroom {

    private final Api api;
    private final Tokens tokens;

    Newsroom(SystemUnderTest system) {
        this.api = new Api(system.gatewayUrl());
        this.tokens = new Tokens(TestSecrets.localSecret());
    }

    Api api() {
        return api;
    }

    /** An editor writes and publishes a new two-option comparison; its pick is "alpha". */
    String publishTopic(String name) {
        String slug = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        String editor = tokens.mint("system-test-editor", "editor");
        Map<String, Object> topic = new LinkedHashMap<>();
        topic.put("slug", slug);
        topic.put("title", "Alpha vs Beta (" + name + ")");
        topic.put("category", "testing");
        topic.put("tags", List.of("system-test"));
        topic.put("intro", "Two options a system test compares. Here's our take.");
        topic.put("options", List.of(option("alpha", "Alpha"), option("beta", "Beta")));
        topic.put("editorialPick", Map.of("option", "alpha", "strength", 10));
        topic.put("bottomLine", "Alpha wins until readers say otherwise.");
        assertThat(api.post("/api/topics", topic).bearer(editor).send().status()).isEqualTo(201);
        assertThat(api.post("/api/topics/" + slug + "/publish", Map.of()).bearer(editor).send().status()).isEqualTo(200);
        return slug;
    }

    /**
     * A published topic every service has learned of: its first verdict is out and feedback-service takes votes
     * for it (each learns topics from events, so a moment after publishing).
     */
    String startedTopic(String name) {
        String slug = publishTopic(name);
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().until(() ->
                verdict(slug).path("winner").asText().equals("alpha")
                        && api.get("/api/topics/" + slug + "/feedback/summary").send().status() == 200);
        return slug;
    }

    private static Map<String, Object> option(String key, String name) {
        return Map.of("key", key, "name", name, "description", name + " is an option.", "pros", List.of("It works"),
                "cons", List.of("It costs"), "related", List.of("testing"), "bestFor", "want what " + name + " does best");
    }

    /** A new reader (a cookie of their own) votes once; the answer, or null when the request itself failed. */
    Api.Response vote(String slug, String option) {
        try {
            String setCookie = api.post("/api/readers", null).send().header("Set-Cookie");
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            return api.post("/api/topics/" + slug + "/feedback", Map.of("preferredOption", option)).header("Cookie", cookie).header("Idempotency-Key", UUID.randomUUID().toString()).send();
        } catch (RuntimeException e) {
            return null;
        }
    }

    JsonNode verdict(String slug) {
        return api.get("/api/verdicts/" + slug).send().json();
    }

    JsonNode summary(String slug) {
        return api.get("/api/topics/" + slug + "/feedback/summary").send().json();
    }

    /** The ids feedback-service holds for a topic, as a moderator sees them. */
    Set<String> storedFeedbackIds(String slug) {
        return StoredFeedback.ids(api, tokens, slug);
    }

    List<Long> revisions(String slug) {
        List<Long> revisions = new ArrayList<>();
        api.get("/api/verdicts/" + slug + "/history").send().json().path("items").forEach(r -> revisions.add(r.path("revision").asLong()));
        return revisions;
    }
}
