package dev.nicepick.messaging;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Shows {@link TopicsNotAsNeededException} as Spring Boot's "APPLICATION FAILED TO START" report, what is wrong and
 * what to do, instead of a stack trace whose first line would only say that a bean failed to start.
 */
class TopicsNotAsNeededFailureAnalyzer extends AbstractFailureAnalyzer<TopicsNotAsNeededException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TopicsNotAsNeededException cause) {
        return new FailureAnalysis(cause.problem(), cause.remedy(), cause);
    }
}
