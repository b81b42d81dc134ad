package dev.nicepick.web.gateway;

import dev.nicepick.api.HeaderNames;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** What the application sees of identity headers, with and without the gateway's credential. */
class GatewayTrustFilterTest {

    private static final String CREDENTIAL = "a-gateway-credential-of-at-least-32-bytes";

    private final GatewayTrustFilter filter = new GatewayTrustFilter(CREDENTIAL);

    @Test
    void withTheCredentialTheReaderAndTheClientAddressAreBelieved() throws Exception {
        HttpServletRequest seen = pass(request(CREDENTIAL));

        assertThat(seen.getHeader(HeaderNames.READER_KEY)).isEqualTo("reader-12345678");
        assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.7");
    }

    @Test
    void withoutTheCredentialTheyAreRemovedAndTheAddressIsThePeer() throws Exception {
        HttpServletRequest seen = pass(request(null));

        assertNoIdentity(seen);
    }

    @Test
    void aWrongCredentialCountsAsNone() throws Exception {
        assertNoIdentity(pass(request(CREDENTIAL + "x")));
        assertNoIdentity(pass(request(CREDENTIAL.substring(1))));
    }

    @Test
    void theCredentialItselfIsNeverSeen() throws Exception {
        HttpServletRequest seen = pass(request(CREDENTIAL));

        assertThat(seen.getHeader(HeaderNames.GATEWAY_CREDENTIAL)).isNull();
        assertThat(Collections.list(seen.getHeaders("x-gateway-credential"))).isEmpty();
        assertThat(Collections.list(seen.getHeaderNames())).doesNotContain(HeaderNames.GATEWAY_CREDENTIAL)
                .contains(HeaderNames.READER_KEY);
    }

    private static void assertNoIdentity(HttpServletRequest seen) {
        assertThat(seen.getHeader(HeaderNames.READER_KEY)).isNull();
        assertThat(seen.getHeader("x-forwarded-for")).isNull();
        assertThat(seen.getHeader("Forwarded")).isNull();
        assertThat(Collections.list(seen.getHeaderNames())).noneMatch(name -> name.equalsIgnoreCase(HeaderNames.READER_KEY)
                || name.equalsIgnoreCase("X-Forwarded-For") || name.equalsIgnoreCase(HeaderNames.GATEWAY_CREDENTIAL));
        assertThat(seen.getRemoteAddr()).isEqualTo("10.1.2.3");
    }

    private static MockHttpServletRequest request(String credential) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/topics/t/feedback");
        request.setRemoteAddr("10.1.2.3");
        request.addHeader(HeaderNames.READER_KEY, "reader-12345678");
        request.addHeader("X-Forwarded-For", "198.51.100.7");
        request.addHeader("Forwarded", "for=198.51.100.8");
        if (credential != null) {
            request.addHeader(HeaderNames.GATEWAY_CREDENTIAL, credential);
        }
        return request;
    }

    private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
        return seen.get();
    }
}
