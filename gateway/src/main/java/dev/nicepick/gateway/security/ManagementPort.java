package dev.nicepick.gateway.security;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;

/**
 * Matches requests that arrived on the management port (the one Actuator listens on, {@code MANAGEMENT_PORT}),
 * which is never published: operators and scrapers reach it, readers do not. The port is learnt when the
 * management server starts, so a random port (tests) works too.
 */
@Component
class ManagementPort implements ServerWebExchangeMatcher, ApplicationListener<WebServerInitializedEvent> {

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        InetSocketAddress local = exchange.getRequest().getLocalAddress();
        return local != null && local.getPort() == port ? MatchResult.match() : MatchResult.notMatch();
    }
}
