package io.quintet.crm.platform.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** The string is a currency code ISO 4217 knows. */
@Documented
@Constraint(validatedBy = IsoCurrency.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCurrency {

    String message() default "is not an ISO-4217 currency code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the code against the JDK's ISO-4217 table. */
    class Validator implements ConstraintValidator<IsoCurrency, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || !value.matches("[A-Z]{3}")) {
                return true;
            }
            return Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(value));
        }
    }
}
