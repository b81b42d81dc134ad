package dev.nicepick.system;

import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One span as Zipkin's API v2 gives it (its JSON span model): ids in hex, {@code parentId} null at a trace's root,
 * the name and service name lower-cased by Zipkin, {@code kind} one of SERVER, CLIENT, PRODUCER, CONSUMER or null
 * for a local span, tags as strings.
 */
record TraceSpan(String traceId, String id, String parentId, String service, String name, String kind, Map<String, String> tags) {

    static TraceSpan of(JsonNode span) {
        Map<String, String> tags = new LinkedHashMap<>();
        span.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
        return new TraceSpan(span.path("traceId").asText(), span.path("id").asText(), text(span.path("parentId")),
                span.path("localEndpoint").path("serviceName").asText(), span.path("name").asText(), text(span.path("kind")), tags);
    }

    boolean isRoot() {
        return parentId == null;
    }

    @Override
    public String toString() {
        return service + " '" + name + "'" + (kind == null ? "" : " " + kind) + " (" + id + " <- " + parentId + ")";
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
