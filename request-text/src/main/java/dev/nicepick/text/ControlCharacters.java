package dev.nicepick.text;

/**
 * The one rule for text a service takes in: no C0 control character (U+0000 to U+001F) and no DEL (U+007F).
 * PostgreSQL refuses NUL in text, and the others have no business in names, searches or headers; only
 * free text in JSON may keep tab, line feed and carriage return.
 */
public final class ControlCharacters {

    /** The rule's name in a problem's {@code errors[].rule}. */
    public static final String RULE = "NoControlCharacters";
    /** The rule's message in a problem's {@code errors[].message}. */
    public static final String MESSAGE = "must not contain control characters";

    /** @return whether {@code text} holds a control character, tab, line feed and carriage return included */
    public static boolean anyIn(CharSequence text) {
        return find(text, false);
    }

    /** @return whether {@code text} holds a control character other than tab, line feed and carriage return */
    public static boolean anyInFreeText(CharSequence text) {
        return find(text, true);
    }

    /** C0 (U+0000 to U+001F) or DEL (U+007F). */
    public static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }

    private static boolean find(CharSequence text, boolean lineBreaksAndTabsAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && !(lineBreaksAndTabsAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }

    private ControlCharacters() {
    }
}
