package dev.nicepick.web.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a value of a Java type is, in the API's words ("a whole number", "one of agree, disagree"). */
final class ExpectedTypes {

    /**
     * @param type     the type a value failed to become
     * @param spelling how the API spells an enum constant (JSON and query parameters may differ)
     * @return a phrase to follow "must be"
     */
    static String describe(Class<?> type, Function<Enum<?>, String> spelling) {
        if (type == null) {
            return "of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> spelling.apply((Enum<?>) c))
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date and time (ISO 8601)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "of another type";
    }

    private ExpectedTypes() {
    }
}
