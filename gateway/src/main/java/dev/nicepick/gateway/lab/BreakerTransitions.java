package dev.nicepick.gateway.lab;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.registry.EntryAddedEvent;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Tells the {@link AvailabilityRecorder} each state transition (and reset, which closes) of the routes' circuit
 * breakers, listening to Resilience4j's registry: the breakers there now, and each one the gateway makes later (it
 * makes a route's breaker on the route's first call).
 */
@Component
class BreakerTransitions {

    private final AvailabilityRecorder recorder;

    BreakerTransitions(CircuitBreakerRegistry registry, AvailabilityRecorder recorder) {
        this.recorder = recorder;
        registry.getAllCircuitBreakers().forEach(this::listen);
        registry.getEventPublisher().onEntryAdded((EntryAddedEvent<CircuitBreaker> added) -> listen(added.getAddedEntry()));
    }

    private void listen(CircuitBreaker breaker) {
        String route = breaker.getName();
        if (!AvailabilityRecorder.ROUTES.containsKey(route)) {
            return;
        }
        recorder.breakerChanged(route, state(breaker.getState()));
        breaker.getEventPublisher()
                .onStateTransition(event -> recorder.breakerChanged(route, state(event.getStateTransition().getToState())))
                .onReset(event -> recorder.breakerChanged(route, state(CircuitBreaker.State.CLOSED)));
    }

    private static String state(CircuitBreaker.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
