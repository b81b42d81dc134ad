package dev.nicepick.web.input;

import dev.nicepick.text.RequestText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string that breaks a rule of request text (a control character, a lone UTF-16 surrogate); Jackson adds
 * the path to the field.
 */
public class TextRuleException extends MismatchedInputException {

    private final RequestText.Violation violation;

    TextRuleException(JsonParser parser, RequestText.Violation violation) {
        super(parser, violation.message(), String.class);
        this.violation = violation;
    }

    public RequestText.Violation violation() {
        return violation;
    }
}
