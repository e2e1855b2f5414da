package io.quintet.crm.contact;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A contact needs a first or a last name; reported on {@code lastName}. */
@Documented
@Constraint(validatedBy = NameRequired.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NameRequired {

    String message() default "firstName or lastName is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Passes when either name has a non-blank value. */
    class Validator implements ConstraintValidator<NameRequired, ContactInput> {

        @Override
        public boolean isValid(ContactInput input, ConstraintValidatorContext context) {
            if (!blank(input.firstName()) || !blank(input.lastName())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("lastName").addConstraintViolation();
            return false;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
