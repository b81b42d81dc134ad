package dev.nicepick.topics.catalog;

/** Slugs, option keys, tags and technology names: lower-case words joined by single dashes. */
final class Slugs {

    static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    static final String MESSAGE = "must be lower-case letters and digits, words joined by single dashes";

    private Slugs() {
    }
}
