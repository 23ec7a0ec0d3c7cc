package dev.ladder.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The length of a text once stripped of surrounding white space, in characters as PostgreSQL
 * counts them (code points, so an emoji is one): the rule the stored value must meet, checked
 * where a client gets a 400 for it. Null is valid; combine with {@code @NotNull} where needed.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = StrippedLength.Validator.class)
public @interface StrippedLength {
    int min() default 1;

    int max();

    String message() default "must be {min} to {max} characters long, not counting surrounding spaces";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<StrippedLength, String> {
        private int min;
        private int max;

        @Override
        public void initialize(StrippedLength length) {
            this.min = length.min();
            this.max = length.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String stripped = value.strip();
            int length = stripped.codePointCount(0, stripped.length());
            return length >= min && length <= max;
        }
    }
}
