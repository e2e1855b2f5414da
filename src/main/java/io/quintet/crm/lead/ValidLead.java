package io.quintet.crm.lead;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A lead names a person or a company (reported on {@code lastName}), and a disqualified lead says why
 * (reported on {@code disqualificationReason}).
 */
@Documented
@Constraint(validatedBy = ValidLead.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidLead {

    String message() default "firstName, lastName or company is required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks both rules and reports each on its own field. */
    class Validator implements ConstraintValidator<ValidLead, LeadInput> {

        @Override
        public boolean isValid(LeadInput input, ConstraintValidatorContext context) {
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (blank(input.firstName()) && blank(input.lastName()) && blank(input.company())) {
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("lastName").addConstraintViolation();
                valid = false;
            }
            if (input.status() == LeadStatus.DISQUALIFIED && blank(input.disqualificationReason())) {
                context.buildConstraintViolationWithTemplate("is required when status is disqualified")
                        .addPropertyNode("disqualificationReason").addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }
}
