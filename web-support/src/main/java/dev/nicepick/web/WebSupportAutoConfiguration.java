package dev.nicepick.web;

import dev.nicepick.web.limits.BodySizeLimitFilter;
import dev.nicepick.web.limits.WebLimitsProperties;
import dev.nicepick.web.problem.ProblemResponses;
import dev.nicepick.web.redirect.TrailingSlashRedirectFilter;
import dev.nicepick.web.requestid.AccessLogFilter;
import dev.nicepick.web.requestid.RequestIdFilter;
import dev.nicepick.web.slug.SlugMovedRedirects;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

@AutoConfiguration
@EnableConfigurationProperties(WebLimitsProperties.class)
@Import({ProblemResponses.class, SlugMovedRedirects.class})
public class WebSupportAutoConfiguration {

    /** First of all filters, so even a rejected request's log lines carry its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Inside the request id filter, so the line carries the id. */
    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilter() {
        var registration = new FilterRegistrationBean<>(new AccessLogFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebLimitsProperties limits) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(limits.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Before security: the redirect reveals nothing, and the client then asks the canonical path, which is checked. */
    @Bean
    FilterRegistrationBean<TrailingSlashRedirectFilter> trailingSlashRedirectFilter() {
        var registration = new FilterRegistrationBean<>(new TrailingSlashRedirectFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }
}
