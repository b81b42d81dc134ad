package dev.nicepick.gateway.security;

import dev.nicepick.api.Roles;
import dev.nicepick.tokens.TokenRoles;
import dev.nicepick.gateway.api.ApiEndpoints;
import dev.nicepick.gateway.edge.Refusal;
import dev.nicepick.gateway.edge.Refusals;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import reactor.core.publisher.Mono;

import java.util.List;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;

/**
 * Tokens are checked here for every write and admin route (the services check again), by the rules of
 * {@link ApiEndpoints}; HEAD is allowed wherever GET is. A token's roles are read as the services read them
 * ({@link TokenRoles}); in the {@code local} profile bearer-tokens' {@code LocalTokensAutoConfiguration} supplies the
 * decoder for locally signed tokens. Readers' own writes (feedback, withdrawing it) need no
 * account: the signed reader cookie names them. Every answer gets the security headers.
 */
@Configuration(proxyBeanMethods = false)
class EdgeSecurity {

    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets inline styles and data: images; it gets a policy of its own. */
    private static final String DOCS_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'";

    /** The management port is not published: whoever reaches it is an operator or a scraper. */
    @Bean
    @Order(0)
    SecurityWebFilterChain managementSecurity(ServerHttpSecurity http, ManagementPort managementPort) {
        return common(http.securityMatcher(managementPort), PAGE_POLICY)
                .authorizeExchange(auth -> auth.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityWebFilterChain docsSecurity(ServerHttpSecurity http) {
        return common(http.securityMatcher(new PathPatternParserServerWebExchangeMatcher("/docs/**")), DOCS_POLICY)
                .authorizeExchange(auth -> auth.anyExchange().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain apiAndPageSecurity(ServerHttpSecurity http) {
        return common(http, PAGE_POLICY)
                .authorizeExchange(auth -> {
                    ApiEndpoints.ALL.forEach(endpoint -> {
                        authorize(auth.pathMatchers(endpoint.method(), endpoint.wildcardPattern()), endpoint.access());
                        if (endpoint.method() == GET) {
                            authorize(auth.pathMatchers(HEAD, endpoint.wildcardPattern()), endpoint.access());
                        }
                    });
                    auth.pathMatchers("/actuator/**").permitAll() // bare health, else 404 (PublicHealth)
                            .pathMatchers("/api/**").denyAll()
                            .pathMatchers(GET, "/**").permitAll()
                            .pathMatchers(HEAD, "/**").permitAll()
                            .anyExchange().denyAll();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(TokenRoles.converter())))
                        .authenticationEntryPoint(EdgeSecurity::unauthorized)
                        .accessDeniedHandler(EdgeSecurity::forbidden))
                .build();
    }

    private static void authorize(ServerHttpSecurity.AuthorizeExchangeSpec.Access rule, ApiEndpoints.Access access) {
        switch (access) {
            case EVERYONE, READER -> rule.permitAll(); // a reader's identity is checked by ClientIdentity, not a role
            case EDITOR -> rule.hasRole(Roles.EDITOR);
            case MODERATOR -> rule.hasRole(Roles.MODERATOR);
            case ADMIN -> rule.hasRole(Roles.ADMIN);
        }
    }

    /** A problem on API paths, a page elsewhere (a page sent with a broken token still gets a page). */
    private static Mono<Void> unauthorized(ServerWebExchange exchange, Exception e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return Refusals.write(exchange, new Refusal(HttpStatus.UNAUTHORIZED, "This needs a valid bearer token.", List.of(), headers));
    }

    private static Mono<Void> forbidden(ServerWebExchange exchange, Exception e) {
        return Refusals.write(exchange, Refusal.of(HttpStatus.FORBIDDEN, "Your token does not have the role this needs."));
    }

    private static ServerHttpSecurity common(ServerHttpSecurity http, String contentSecurityPolicy) {
        return http
                // No session and no cookie authenticates a write: tokens do, and the reader cookie is SameSite.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                // Stateless: without this, every request creates a WebSession, which hops threads twice to do it.
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(EdgeSecurity::unauthorized)
                        .accessDeniedHandler(EdgeSecurity::forbidden))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable));
    }

    /**
     * Spring Security's firewall refuses what {@code RequestTargetCheck} has not already (it runs first): answered
     * the same way, as a 400 problem or page naming the path.
     */
    @Bean
    ServerExchangeRejectedHandler firewallRefusals() {
        return (exchange, rejected) -> Refusals.write(exchange, Refusal.invalid("path", "CanonicalPath",
                "is not a path this server takes (it holds characters or sequences that could be read two ways)"));
    }
}
