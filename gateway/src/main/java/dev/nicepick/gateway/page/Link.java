package dev.nicepick.gateway.page;

/** A link as a page shows it: where it goes and its text. */
record Link(String href, String text) {
}
