package dev.nicepick.web.input;

import dev.nicepick.text.ControlCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON string holding a control character ({@link ControlCharacters}); Jackson adds the path to the field. */
public class ControlCharacterException extends MismatchedInputException {

    ControlCharacterException(JsonParser parser) {
        super(parser, ControlCharacters.MESSAGE, String.class);
    }
}
