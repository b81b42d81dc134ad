package dev.nicepick.gateway.netty;

import org.springframework.boot.http.client.autoconfigure.reactive.ClientHttpConnectorBuilderCustomizer;
import org.springframework.boot.http.client.reactive.ReactorClientHttpConnectorBuilder;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;

/**
 * How long the gateway keeps a service's address: at most {@link #CACHE_MAX_TTL}, for the routes' client and for the
 * pages' {@code WebClient}s alike. Reactor Netty resolves names with Netty's own DNS resolver, which keeps an answer
 * for its record's TTL, and Docker's embedded DNS answers with 600 s: a service container started again on another
 * address (docker-compose gives it whichever is free) stayed unreachable through the gateway for up to ten minutes,
 * every call going to the old address and timing out, the route's breaker held open. Kubernetes Services keep their
 * address, but pods and headless Services do not. The cost is one lookup per service every few seconds.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceAddresses {

    /** The longest a resolved address is used without asking DNS again. */
    static final Duration CACHE_MAX_TTL = Duration.ofSeconds(5);

    static HttpClient withShortLivedAddresses(HttpClient client) {
        return client.resolver(spec -> spec.cacheMaxTimeToLive(CACHE_MAX_TTL));
    }

    @Bean
    HttpClientCustomizer routeClientAddresses() {
        return ServiceAddresses::withShortLivedAddresses;
    }

    @Bean
    ClientHttpConnectorBuilderCustomizer<ReactorClientHttpConnectorBuilder> webClientAddresses() {
        return builder -> builder.withHttpClientCustomizer(ServiceAddresses::withShortLivedAddresses);
    }
}
