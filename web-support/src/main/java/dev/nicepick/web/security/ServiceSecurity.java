package dev.nicepick.web.security;

import dev.nicepick.tokens.TokenRoles;
import dev.nicepick.web.problem.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The security every service shares: stateless bearer tokens whose {@code roles} claim becomes
 * {@code ROLE_<role>} authorities ({@link TokenRoles}), health and metrics open, and 401/403 answered as problems.
 * Each service adds only its own rules of who may call what ({@link ServiceAccess}); an endpoint no rule opens is
 * denied, while a request no endpoint serves goes on to Spring MVC for its 404, 405, 406 or 415 problem
 * ({@link UnservedRequests}).
 * <p>
 * With a management port of its own ({@code MANAGEMENT_SERVER_PORT}), Spring Boot runs this same chain in front of
 * Actuator's child context; its endpoints are mapped there, not in this context, so every exposed endpoint is open on
 * that port (which no Kubernetes Service exposes: probes and Prometheus reach it in-cluster) and the public port serves
 * none of them.
 */
public class ServiceSecurity {

    private final UnservedRequests unserved;

    /** @param mappings where the service's controllers and actuator endpoints are mapped */
    public ServiceSecurity(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.unserved = new UnservedRequests(mappings);
    }

    private static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, e) -> {
        response.setHeader("WWW-Authenticate", "Bearer");
        ProblemWriter.write(response, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
    };
    private static final AccessDeniedHandler FORBIDDEN = (request, response, e) ->
            ProblemWriter.write(response, HttpStatus.FORBIDDEN, "Your token lacks the role this needs.");

    /** The chain: the shared rules, then the service's own, then {@link UnservedRequests} for the rest. */
    SecurityFilterChain build(HttpSecurity http, ServiceAccess rules) {
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                            "/v3/api-docs/**", "/error").permitAll();
                    rules.customize(auth);
                    auth.anyRequest().access(unserved);
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(TokenRoles.converter()))
                        .authenticationEntryPoint(UNAUTHORIZED)
                        .accessDeniedHandler(FORBIDDEN))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN))
                .build();
    }

    /**
     * Matches GET and HEAD on any of the patterns: HEAD answers as GET without the body (RFC 9110 section 9.3.2),
     * so whoever may read a resource may ask for its headers, and no one else.
     */
    public static RequestMatcher reads(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns)
                .flatMap(pattern -> Stream.of(HttpMethod.GET, HttpMethod.HEAD).map(method -> PathPatternRequestMatcher.pathPattern(method, pattern)))
                .map(RequestMatcher.class::cast)
                .toList());
    }
}
