package dev.nicepick.tokens;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A key or credential read from configuration: the local token key, the reader cookie's key, the gateway's
 * credential. Spring binds one from a string (through this constructor). Its text is never shown:
 * {@link #toString()} gives only its length, so a start-up failure ("Value: ..."), a log line or a debugger cannot
 * leak a near-miss copy of a real secret.
 *
 * @param value the secret's text; use it only where the key is made or compared
 */
public record Secret(String value) {

    /**
     * Characters a secret needs at least: 32, so at least the 32 bytes RFC 7518 section 3.2 asks of an HS256 key
     * (and as many for the gateway's credential, compared the same way).
     */
    public static final int MINIMUM_LENGTH = 32;

    @Override
    public String toString() {
        return "(a secret of " + (value == null ? 0 : value.length()) + " characters, not shown)";
    }

    /** The rule for every secret setting, in one place: present, and at least {@value #MINIMUM_LENGTH} characters. */
    @Documented
    @Constraint(validatedBy = LongEnough.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Required {

        /** The environment variable the secret comes from, which the message names (never the value). */
        String variable();

        String message() default "must be set to a secret of at least " + MINIMUM_LENGTH + " characters: set {variable}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Required}; a missing secret and a short one break the same rule. */
    public static final class LongEnough implements ConstraintValidator<Required, Secret> {

        @Override
        public boolean isValid(Secret secret, ConstraintValidatorContext context) {
            return secret != null && secret.value() != null && secret.value().length() >= MINIMUM_LENGTH;
        }
    }
}
