package dev.nicepick.gateway.page;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' JSON as the pages read it: one GET each, straight to the service (not through the routes, so a page
 * costs a reader none of their API rate limit), with a time limit. Redirects are not followed: a 301 is reported, so
 * that a page can redirect to its own canonical address. Any failure (refused, timed out, unreadable) is
 * {@link Reply#NONE}: the page degrades the section that needed it.
 */
@Component
public class ServiceReads {

    /** A page waits at most this long for any one service; verdicts, like their route, less (a stale one will do). */
    static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    static final Duration VERDICT_TIME_LIMIT = Duration.ofMillis(1500);

    private final WebClient topics;
    private final WebClient verdicts;
    private final WebClient feedback;

    ServiceReads(WebClient topicsService, WebClient verdictService, WebClient feedbackService) {
        this.topics = topicsService;
        this.verdicts = verdictService;
        this.feedback = feedbackService;
    }

    /**
     * What a service answered.
     *
     * @param status   the HTTP status, or 0 when it did not answer
     * @param body     the JSON body of a 2xx answer, else a missing node
     * @param location the {@code Location} of a redirect, else null
     */
    public record Reply(int status, JsonNode body, String location) {

        static final Reply NONE = new Reply(0, MissingNode.getInstance(), null);

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean answered() {
            return status != 0;
        }

        /** The body when the answer was 2xx, else a missing node (whose {@code path} is missing too). */
        public JsonNode json() {
            return ok() ? body : MissingNode.getInstance();
        }

        /** The slug a topic path redirects to ({@code /api/topics/{slug}}), or null. */
        String redirectedSlug() {
            if (location == null) {
                return null;
            }
            Matcher matcher = REDIRECTED_SLUG.matcher(location);
            return matcher.find() ? matcher.group(1) : null;
        }

        private static final Pattern REDIRECTED_SLUG = Pattern.compile("/api/(?:topics|technologies)/([^/?#]+)");
    }

    Mono<Reply> topics(String uri, Object... variables) {
        return read(topics, TIME_LIMIT, uri, variables);
    }

    /**
     * Every page of one of topics-service's paged lists ({@code path} takes {@code page} and {@code size} as
     * {@code ?page={page}&size={size}}), {@code size} items a page, in order, at most {@code maxPages} pages; it ends
     * after the last page or after the first answer that is not 2xx (which it gives too, so the caller can tell).
     */
    Flux<Reply> topicPages(String path, int size, int maxPages) {
        return Flux.range(0, maxPages)
                .concatMap(page -> topics(path + "?page={page}&size={size}", page, size))
                .takeUntil(reply -> !reply.ok() || reply.body().path("page").asInt(0) + 1 >= reply.body().path("totalPages").asInt(0));
    }

    Mono<Reply> verdicts(String uri, Object... variables) {
        return read(verdicts, VERDICT_TIME_LIMIT, uri, variables);
    }

    Mono<Reply> feedback(String uri, Object... variables) {
        return read(feedback, TIME_LIMIT, uri, variables);
    }

    /**
     * A read of the service named {@code service} ({@code topics-service}, {@code verdict-service} or
     * {@code feedback-service}) with the pages' time limit, for what the gateway shows of the services besides pages
     * (the lab's figures).
     *
     * @throws IllegalArgumentException for another name
     */
    public Mono<Reply> of(String service, String uri, Object... variables) {
        WebClient client = switch (service) {
            case "topics-service" -> topics;
            case "verdict-service" -> verdicts;
            case "feedback-service" -> feedback;
            default -> throw new IllegalArgumentException("no service called " + service);
        };
        return read(client, TIME_LIMIT, uri, variables);
    }

    private static Mono<Reply> read(WebClient client, Duration limit, String uri, Object... variables) {
        return client.get().uri(uri, variables).accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    String location = response.headers().asHttpHeaders().getFirst(HttpHeaders.LOCATION);
                    if (response.statusCode().is2xxSuccessful()) {
                        return response.bodyToMono(JsonNode.class)
                                .map(body -> new Reply(status, body, location))
                                .defaultIfEmpty(new Reply(status, MissingNode.getInstance(), location));
                    }
                    return response.releaseBody().thenReturn(new Reply(status, MissingNode.getInstance(), location));
                })
                // an instance that refuses the connection (stopped, or not yet up) is passed over: the second try goes
                // through the balancer again, to the next instance
                .retryWhen(Retry.max(1).filter(WebClientRequestException.class::isInstance))
                .timeout(limit)
                .onErrorReturn(Reply.NONE);
    }
}
