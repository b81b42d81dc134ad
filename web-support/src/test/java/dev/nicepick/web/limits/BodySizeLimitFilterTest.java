package dev.nicepick.web.limits;

import dev.nicepick.api.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bodies over the limit never reach the application whole: refused at once, or as soon as they cross it. */
class BodySizeLimitFilterTest {

    private static final int LIMIT = 100;

    private final BodySizeLimitFilter filter = new BodySizeLimitFilter(LIMIT);

    @Test
    void aBodyDeclaredOverTheLimitIsA413ProblemAndNothingReadsIt() throws Exception {
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request(LIMIT + 1, true), response, (req, res) -> passed.set(req));

        assertThat(passed).hasNullValue();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(problem.get("type").asString()).isEqualTo(ProblemTypes.of(413).toString());
        assertThat(problem.get("title").asString()).isEqualTo("Content Too Large");
        assertThat(problem.get("detail").asString()).isEqualTo("The body may have at most 100 bytes.");
    }

    @Test
    void aBodyWithoutALengthIsStoppedWhenItCrossesTheLimit() throws Exception {
        ServletRequest passed = pass(request(LIMIT + 1, false));

        byte[] buffer = new byte[LIMIT];
        assertThat(passed.getInputStream().readNBytes(buffer, 0, LIMIT)).isEqualTo(LIMIT);
        assertThatThrownBy(() -> passed.getInputStream().read()).isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws Exception {
        assertThat(pass(request(LIMIT, true)).getInputStream().readAllBytes()).hasSize(LIMIT);
        assertThat(pass(request(LIMIT, false)).getInputStream().readAllBytes()).hasSize(LIMIT);
    }

    private ServletRequest pass(MockHttpServletRequest request) throws Exception {
        AtomicReference<ServletRequest> passed = new AtomicReference<>();
        FilterChain chain = (req, res) -> passed.set(req);
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(passed).doesNotHaveNullValue();
        return passed.get();
    }

    /** @param declared whether Content-Length tells the size (otherwise the body is chunked) */
    private static MockHttpServletRequest request(int size, boolean declared) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/things") {
            @Override
            public long getContentLengthLong() {
                return declared ? super.getContentLengthLong() : -1;
            }
        };
        request.setContent(new byte[size]);
        return request;
    }
}
