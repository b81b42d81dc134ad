package dev.nicepick.web.input;

import dev.nicepick.text.RequestText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string a request body binds to (fields, list elements, map values) must be a JSON string (a number
 * or a boolean is a type mismatch, not coerced), and is refused with {@link TextRuleException} when it breaks
 * {@link RequestText#checkFreeText} (a control character other than tab, line feed and carriage return; a lone
 * UTF-16 surrogate, which no database can store as written), so the problem names the field's JSON path (e.g.
 * {@code options[0].name}).
 */
public final class PlainTextStrings extends SimpleModule {

    public PlainTextStrings() {
        super("nicepick-plain-text-strings");
        addDeserializer(String.class, new Deserializer());
    }

    private static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != null && parser.currentToken().isScalarValue()
                    && parser.currentToken() != JsonToken.VALUE_STRING) {
                // a number or a boolean where text belongs is the client's mistake, not text to keep
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String value = super.deserialize(parser, context);
            if (value != null) {
                var violation = RequestText.checkFreeText(value);
                if (violation.isPresent()) {
                    throw new TextRuleException(parser, violation.get());
                }
            }
            return value;
        }
    }
}
