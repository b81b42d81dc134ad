package dev.nicepick.gateway.page;

import java.util.Map;

/** What a page's data came to; {@link PageRoutes} turns each into an answer. */
sealed interface PageResult {

    /** A template ({@code templates/<view>.html}) and its model; {@code seo} is in the model too. */
    record Page(String view, Map<String, Object> model) implements PageResult {
    }

    /** 301 to the canonical path of the same page; the request's query goes along (PageRoutes). */
    record Moved(String path) implements PageResult {
    }

    /** 404 page with this sentence. */
    record NotFound(String detail) implements PageResult {
    }

    /** 400 page: a query parameter the page cannot take. */
    record BadRequest(String detail) implements PageResult {
    }

    /** 503 page: the service the page is made of is not answering. */
    record Unavailable() implements PageResult {
    }
}
