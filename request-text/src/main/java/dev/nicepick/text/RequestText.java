package dev.nicepick.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Judges one raw part of a request (the path, a query parameter's name or value, a header's value) as the text it
 * stands for: percent-escapes must be {@code %} and two hex digits (RFC 3986 section 2.1; in a query {@code +} is a
 * space), the bytes must be well-formed UTF-8 (RFC 3629: overlong forms such as {@code C0 80} are not), and the text
 * must hold no control character ({@link ControlCharacters}; a header may hold a tab, RFC 9110 section 5.5).
 * Characters the server read as single bytes (ISO-8859-1) count as those bytes.
 */
public final class RequestText {

    /** Where a part comes from: it decides whether {@code %} escapes and {@code +} is a space. */
    public enum Part { PATH, QUERY, HEADER }

    /**
     * A broken rule, as a problem's {@code errors[]} entry names it.
     *
     * @param rule {@code PercentEncoding}, {@code Utf8} or {@link ControlCharacters#RULE}
     */
    public record Violation(String rule, String message) {
    }

    /** The rule {@code raw} breaks, if any. */
    public static Optional<Violation> check(String raw, Part part) {
        byte[] bytes = bytes(raw, part);
        if (bytes == null) {
            return Optional.of(new Violation("PercentEncoding", "has a malformed percent-escape"));
        }
        String text = utf8(bytes);
        if (text == null) {
            return Optional.of(new Violation("Utf8", "must be valid UTF-8"));
        }
        boolean control = part == Part.HEADER ? text.chars().anyMatch(c -> c != '\t' && ControlCharacters.isControl(c))
                : ControlCharacters.anyIn(text);
        return control ? Optional.of(new Violation(ControlCharacters.RULE, ControlCharacters.MESSAGE)) : Optional.empty();
    }

    /**
     * The rule free text (a JSON string) breaks, if any: a control character other than tab, line feed and carriage
     * return; or a UTF-16 surrogate without its pair ({@code "\ud800"} in JSON), which is no Unicode character
     * (RFC 8259 section 8.2) and would be stored as {@code ?}.
     */
    public static Optional<Violation> checkFreeText(CharSequence text) {
        if (ControlCharacters.anyInFreeText(text)) {
            return Optional.of(new Violation(ControlCharacters.RULE, ControlCharacters.MESSAGE));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Violation("Unicode", "must be Unicode text (a surrogate without its pair is not)"));
            }
        }
        return Optional.empty();
    }

    /** The text of a part {@link #check} passed; for another part, what it could make of it. */
    public static String decode(String raw, Part part) {
        byte[] bytes = bytes(raw, part);
        String text = bytes == null ? null : utf8(bytes);
        return text == null ? raw : text;
    }

    /**
     * The bytes a part stands for: percent-escapes decoded (and {@code +} as a space in a query), other characters
     * one byte each as the server read them, or their UTF-8 beyond that.
     *
     * @return null when a percent-escape is malformed
     */
    private static byte[] bytes(String raw, Part part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && part != Part.HEADER) {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && part == Part.QUERY) {
                bytes.write(' ');
            } else if (c <= 0xff) {
                bytes.write(c);
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toByteArray();
    }

    /** @return the text, or null when the bytes are not well-formed UTF-8 */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private RequestText() {
    }
}
