package dev.nicepick.messaging;

import java.util.List;

/**
 * Kafka lacks a topic the service needs, or has one with another partition count or cleanup policy: the service
 * stops at start (a consumer or relay on a wrong topic would lose order or history later, and silently). The one
 * message names each topic and what is wrong with it, then what to do.
 */
public class TopicsNotAsNeededException extends IllegalStateException {

    private static final String WHAT = "Kafka's topics are not as this service needs them: ";

    private final String problem;
    private final String remedy;

    /**
     * @param differences one line per topic, as {@link TopicCheck#differences} gives them
     * @param declared    whether the service was allowed to create missing topics ({@link StreamTopology#declareTopics()})
     */
    TopicsNotAsNeededException(List<String> differences, boolean declared) {
        this(WHAT + String.join("; ", differences), declared
                ? "the service creates missing topics where the broker lets it but never changes existing ones: fix them "
                  + "on the broker (deploy/k8s/components/kafka-strimzi declares them as needed)"
                : "create or fix them on the broker (deploy/k8s/components/kafka-strimzi declares them as needed), or let "
                  + "the service create missing ones (NICEPICK_KAFKA_DECLARETOPICS=true)");
    }

    private TopicsNotAsNeededException(String problem, String remedy) {
        super(problem + " - " + remedy);
        this.problem = problem;
        this.remedy = remedy;
    }

    /** @return what is wrong, without the remedy */
    public String problem() {
        return problem;
    }

    /** @return what an operator does about it */
    public String remedy() {
        return remedy;
    }
}
