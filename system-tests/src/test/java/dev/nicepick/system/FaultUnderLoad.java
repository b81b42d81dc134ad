package dev.nicepick.system;

import java.util.Locale;

/**
 * The shape every fault test shares: readers vote on a new topic; once some answers came back the fault is made
 * and mended; once more answers came back after it, the load stops and nothing acknowledged may be lost or
 * counted twice ({@link FeedbackLoad#stopAndAssertConverged}).
 */
final class FaultUnderLoad {

    /** Answers awaited before the fault, and again after it, so the fault falls in the middle of the load. */
    private static final int ANSWERS_AROUND_THE_FAULT = 10;

    /** Makes a fault and mends it, while {@code load} keeps voting on the topic {@code slug}. */
    @FunctionalInterface
    interface Fault {
        void makeAndMend(String slug, FeedbackLoad load) throws Exception;
    }

    private FaultUnderLoad() {
    }

    /** Runs the scenario named {@code scenario} (printed, and the topic's name); returns the topic's slug. */
    static String run(Newsroom newsroom, String scenario, Fault fault) throws Exception {
        String slug = newsroom.startedTopic(scenario.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        try (FeedbackLoad load = new FeedbackLoad(newsroom, slug)) {
            load.awaitAnswers(ANSWERS_AROUND_THE_FAULT);
            fault.makeAndMend(slug, load);
            long mended = System.nanoTime();
            load.awaitAnswers(ANSWERS_AROUND_THE_FAULT);
            load.stopAndAssertConverged(scenario, mended);
        }
        return slug;
    }
}
