package dev.nicepick.web;

import dev.nicepick.web.gateway.GatewayCredentialProperties;
import dev.nicepick.web.gateway.GatewayTrustFilter;
import dev.nicepick.web.input.PlainTextStrings;
import dev.nicepick.web.input.RequestTextFilter;
import dev.nicepick.web.limits.BodySizeLimitFilter;
import dev.nicepick.web.limits.WebLimitsProperties;
import dev.nicepick.web.problem.ProblemErrorController;
import dev.nicepick.web.problem.ProblemReportValve;
import dev.nicepick.web.problem.ProblemResponses;
import dev.nicepick.web.redirect.TrailingSlashRedirectFilter;
import dev.nicepick.web.requestid.AccessLogFilter;
import dev.nicepick.web.requestid.RequestIdFilter;
import dev.nicepick.web.slug.SlugMovedRedirects;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import tools.jackson.core.StreamReadFeature;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The HTTP conventions of every service. Filters, in order: request id, access log, request text (control
 * characters and UTF-8), gateway trust (identity headers), trailing slash redirect, body size; all before Spring Security's.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties({WebLimitsProperties.class, GatewayCredentialProperties.class})
@Import({ProblemResponses.class, ProblemErrorController.class, SlugMovedRedirects.class})
public class WebSupportAutoConfiguration {

    /** First of all filters, so even a rejected request's log lines carry its id. */
    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Inside the request id filter and Spring's server observation ({@code HIGHEST_PRECEDENCE + 1}, which opens the
     * request's span), so the line carries the request id and the trace id; before the checks, so refusals are logged too.
     */
    @Bean
    FilterRegistrationBean<AccessLogFilter> accessLogFilter() {
        var registration = new FilterRegistrationBean<>(new AccessLogFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Before anything decodes the path, the parameters or a header. */
    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
        var registration = new FilterRegistrationBean<>(new RequestTextFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    /** Before anything reads the reader, the client address or the credential. */
    @Bean
    FilterRegistrationBean<GatewayTrustFilter> gatewayTrustFilter(GatewayCredentialProperties gateway) {
        var registration = new FilterRegistrationBean<>(new GatewayTrustFilter(gateway.gatewayCredential().value()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 4);
        return registration;
    }

    /** Before security: the redirect reveals nothing, and the client then asks the canonical path, which is checked. */
    @Bean
    FilterRegistrationBean<TrailingSlashRedirectFilter> trailingSlashRedirectFilter() {
        var registration = new FilterRegistrationBean<>(new TrailingSlashRedirectFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(WebLimitsProperties limits) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(limits.maxBodySize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 6);
        return registration;
    }

    /**
     * Tomcat's own refusals as problems: our valve replaces the host's error report valve. Last of the
     * customizers, after Spring Boot's (which adds a plain one).
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return new ProblemReportValveCustomizer();
    }

    private static final class ProblemReportValveCustomizer
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /** Request bodies: plain text in every string ({@link PlainTextStrings}), each key once per object. */
    @Bean
    JsonMapperBuilderCustomizer plainTextStrings() {
        // a key twice in one object is ambiguous (which one did the client mean?): refused as invalid JSON
        return builder -> builder.addModule(new PlainTextStrings()).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
