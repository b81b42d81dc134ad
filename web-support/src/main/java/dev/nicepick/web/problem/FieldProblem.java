package dev.nicepick.web.problem;

/**
 * One broken rule in a request.
 *
 * @param field where, as a path into the body or a parameter name (e.g. {@code options[1].name})
 * @param rule  the rule's name (e.g. {@code NotBlank}, {@code Size}, {@code UnknownOption})
 */
public record FieldProblem(String field, String rule, String message) {
}
