package dev.nicepick.web.redirect;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The trailing-slash filter and the redirect answer it shares with canonical slugs; each service's HTTP tests cover both end to end. */
class TrailingSlashRedirectFilterTest {

    @Test
    void readsAreMovedPermanentlyWithTheQueryAsSent() throws Exception {
        MockHttpServletResponse response = filter("GET", "/api/topics/rest-vs-grpc/related/", "limit=2&x=%20a");

        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getHeader("Location")).isEqualTo("/api/topics/rest-vs-grpc/related?limit=2&x=%20a");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=86400");
        assertThat(filter("HEAD", "/api/topics/", null).getStatus()).isEqualTo(301);
    }

    @Test
    void otherMethodsArePermanentRedirectsSoTheBodyIsSentAgain() throws Exception {
        MockHttpServletResponse response = filter("POST", "/api/topics/rest-vs-grpc/feedback//", null);

        assertThat(response.getStatus()).isEqualTo(308);
        assertThat(response.getHeader("Location")).isEqualTo("/api/topics/rest-vs-grpc/feedback");
        assertThat(filter("PUT", "/api/topics/x/", null).getStatus()).isEqualTo(308);
    }

    @Test
    void pathsWithoutATrailingSlashAndNonApiPathsPassThrough() throws Exception {
        assertThat(filter("GET", "/api/topics/rest-vs-grpc", null).getStatus()).isEqualTo(200);
        assertThat(filter("GET", "/actuator/health/", null).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletResponse filter(String method, String uri, String query) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new TrailingSlashRedirectFilter().doFilter(request, response, new MockFilterChain());
        return response;
    }
}
