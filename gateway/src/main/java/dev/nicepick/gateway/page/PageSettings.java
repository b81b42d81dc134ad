package dev.nicepick.gateway.page;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * Where readers and search engines reach the site, for the absolute URLs in canonical links, Open Graph, JSON-LD and
 * the sitemap ({@code nicepick.gateway.public-base-url}, env {@code NICEPICK_GATEWAY_PUBLICBASEURL}; the default is in
 * {@code application.yml}).
 *
 * @param publicBaseUrl scheme, host and optional port, e.g. {@code https://nicepick.dev}; no path, query or fragment
 *                      (a trailing slash is tolerated): anything else stops the gateway at start
 */
@Validated
@ConfigurationProperties("nicepick.gateway")
public record PageSettings(@NotNull URI publicBaseUrl) {

    /** Checked by validation at start: an origin only, so that {@code base + "/compare/x"} is the page's address. */
    @AssertTrue(message = "must be an http or https origin such as https://nicepick.dev, without path, query or fragment")
    public boolean isPublicBaseUrlAnOrigin() {
        return publicBaseUrl == null || (("http".equals(publicBaseUrl.getScheme()) || "https".equals(publicBaseUrl.getScheme()))
                && publicBaseUrl.getHost() != null && publicBaseUrl.getRawQuery() == null && publicBaseUrl.getRawFragment() == null
                && (publicBaseUrl.getRawPath() == null || publicBaseUrl.getRawPath().isEmpty() || publicBaseUrl.getRawPath().equals("/"))
                && publicBaseUrl.getRawUserInfo() == null);
    }

    /** The absolute URL of a path on the site ({@code path} starts with {@code /}). */
    public String absolute(String path) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
