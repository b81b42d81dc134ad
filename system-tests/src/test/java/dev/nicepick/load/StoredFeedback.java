package dev.nicepick.load;

import dev.nicepick.api.Roles;
import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Set;

/** What feedback-service holds, as a moderator sees it through the gateway: the ground truth a load is compared with. */
public final class StoredFeedback {

    private static final int PAGE_SIZE = 200;

    private StoredFeedback() {
    }

    /**
     * @param gateway the gateway's API
     * @param tokens  signs the moderator's token
     * @param slug    the topic
     * @return the ids of every feedback stored for the topic, all pages of {@code GET /api/feedback?topic=}
     */
    public static Set<String> ids(Api gateway, Tokens tokens, String slug) {
        String moderator = tokens.mint("load-moderator", Roles.MODERATOR);
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = gateway.get("/api/feedback?topic=" + slug + "&size=" + PAGE_SIZE + "&page=" + page)
                    .bearer(moderator).send().json().path("items");
            items.forEach(item -> ids.add(item.path("id").asString()));
            if (items.size() < PAGE_SIZE) {
                return ids;
            }
        }
    }
}
