package io.quintet.crm.platform.validation;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import io.quintet.crm.platform.error.ApiProblem;
import io.quintet.crm.platform.error.FieldError;
import io.quintet.crm.platform.error.FieldPaths;

/**
 * Checks an input record against its Bean Validation rules and the rules every text field shares
 * (no NUL character: PostgreSQL cannot store it). Services call it, so REST and GraphQL input
 * are held to the same rules; failure is a VALIDATION problem listing every broken rule.
 */
@ApplicationScoped
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public <T> T validate(T input) {
        List<FieldError> errors = new ArrayList<>();
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        for (ConstraintViolation<T> violation : violations) {
            errors.add(new FieldError(FieldPaths.fromPropertyPath(violation.getPropertyPath().toString()),
                    violation.getMessage()));
        }
        collectNul(input, "", errors);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw ApiProblem.validation(errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; ")), errors);
        }
        return input;
    }

    private static void collectNul(Object value, String path, List<FieldError> errors) {
        if (value instanceof String text) {
            if (text.indexOf('\u0000') >= 0) {
                errors.add(new FieldError(path, "must not contain the NUL character"));
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectNul(item, path + "[" + i++ + "]", errors);
            }
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    Object child = component.getAccessor().invoke(value);
                    collectNul(child, path.isEmpty() ? component.getName() : path + "." + component.getName(), errors);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
