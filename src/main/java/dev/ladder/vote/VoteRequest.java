package dev.ladder.vote;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code value}: 1 (up) or -1 (down). */
public record VoteRequest(
        @NotNull @UpOrDown @Schema(minimum = "-1", maximum = "1")
        Integer value) {

    /** A vote is up or down: 0 is not a vote (DELETE retracts one). Null is valid; pair with {@code @NotNull}. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = UpOrDown.Validator.class)
    @interface UpOrDown {
        String message() default "must be 1 or -1";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<UpOrDown, Integer> {
            @Override
            public boolean isValid(Integer value, ConstraintValidatorContext context) {
                return value == null || value == 1 || value == -1;
            }
        }
    }
}
