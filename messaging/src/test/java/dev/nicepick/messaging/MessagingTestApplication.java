package dev.nicepick.messaging;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A service with nothing but the messaging module and the listeners of its tests, on the embedded broker and database,
 * traced as the applications are (the tracing module), its spans exported to {@link TracedSpans}.
 */
@SpringBootApplication
public class MessagingTestApplication {

    @Bean
    SpanExporter tracedSpans() {
        return new TracedSpans();
    }
}
