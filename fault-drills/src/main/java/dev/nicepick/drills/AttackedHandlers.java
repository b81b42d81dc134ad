package dev.nicepick.drills;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The handler methods a drill attacks: those of the service's own API, every path under {@code /api/} except the
 * lab's ({@code /api/lab/**}, these endpoints included), so a drill can always be watched and stopped; Actuator,
 * the OpenAPI description and {@code /error} are outside {@code /api/} and never attacked.
 * <p>
 * Chaos Monkey names a call {@code <declaring class>.<method>} and attacks it when it starts with one of its
 * {@code watchedCustomServices}; a method whose name would also cover a spared one is left out, so that prefix rule
 * can never reach a spared method.
 */
class AttackedHandlers {

    private static final Logger log = LoggerFactory.getLogger(AttackedHandlers.class);

    private final ObjectProvider<RequestMappingInfoHandlerMapping> mappings;

    AttackedHandlers(ObjectProvider<RequestMappingInfoHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** Chaos Monkey's {@code watchedCustomServices} for a drill: {@code <class name>.<method name>}, each once. */
    List<String> signatures() {
        Map<Boolean, Set<String>> byAttacked = mappings.orderedStream()
                .flatMap(mapping -> mapping.getHandlerMethods().entrySet().stream())
                .collect(Collectors.partitioningBy(entry -> attacked(entry.getKey()),
                        Collectors.mapping(entry -> signature(entry.getValue()), Collectors.toSet())));
        Set<String> spared = byAttacked.get(false);
        return byAttacked.get(true).stream()
                .filter(signature -> {
                    boolean covers = spared.stream().anyMatch(other -> other.startsWith(signature));
                    if (covers) {
                        log.warn("Fault drills leave {} alone: its name is the start of a lab or operations endpoint's", signature);
                    }
                    return !covers;
                })
                .sorted()
                .toList();
    }

    private static boolean attacked(RequestMappingInfo info) {
        Set<String> patterns = info.getPatternValues();
        return !patterns.isEmpty() && patterns.stream().allMatch(pattern -> pattern.startsWith("/api/")
                && !pattern.equals("/api/lab") && !pattern.startsWith("/api/lab/"));
    }

    private static String signature(HandlerMethod handler) {
        return handler.getMethod().getDeclaringClass().getName() + "." + handler.getMethod().getName();
    }
}
