package dev.nicepick.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.function.Supplier;

/**
 * The last authorization rule of every service: a request that no controller or actuator endpoint serves
 * (an unknown path, or a known path with another method or media type) is let through, so Spring MVC answers
 * it as a problem (404, 405 with {@code Allow}, 406, 415) instead of 401; a request an endpoint does serve but
 * no rule of the service opens stays denied.
 */
final class UnservedRequests implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

    UnservedRequests(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(!served(context.getRequest()));
    }

    private boolean served(HttpServletRequest request) {
        RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return mappings.orderedStream().anyMatch(mapping -> handles(mapping, request));
        } finally {
            ServletRequestPathUtils.setParsedRequestPath(previous, request);
        }
    }

    private static boolean handles(RequestMappingInfoHandlerMapping mapping, HttpServletRequest request) {
        try {
            return mapping.getHandler(request) != null;
        } catch (Exception wrongMethodOrMediaType) {
            // the path exists, not for this method or media type: Spring MVC refuses it itself
            return false;
        }
    }
}
