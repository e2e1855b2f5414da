package io.quintet.crm.activity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An activity carries the fields of its kind and no other kind's: a task needs a subject, a call a
 * direction, a meeting its start and end (end not before start), an email its sender, recipients and
 * sending time, a note its body.
 */
@Documented
@Constraint(validatedBy = KindFields.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KindFields {

    String message() default "does not fit the activity's kind";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reports each misplaced or missing field on the field itself. */
    class Validator implements ConstraintValidator<KindFields, ActivityInput> {

        /** The kinds that may carry each kind-specific field, and how to read it. */
        private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

        private record Field(Set<ActivityKind> kinds, Function<ActivityInput, Object> value) {
        }

        static {
            Set<ActivityKind> task = EnumSet.of(ActivityKind.TASK);
            Set<ActivityKind> call = EnumSet.of(ActivityKind.CALL);
            Set<ActivityKind> meeting = EnumSet.of(ActivityKind.MEETING);
            Set<ActivityKind> email = EnumSet.of(ActivityKind.EMAIL);
            FIELDS.put("subject", new Field(EnumSet.complementOf(EnumSet.of(ActivityKind.NOTE)), ActivityInput::subject));
            FIELDS.put("dueDate", new Field(task, ActivityInput::dueDate));
            FIELDS.put("status", new Field(task, ActivityInput::status));
            FIELDS.put("priority", new Field(task, ActivityInput::priority));
            FIELDS.put("assigneeId", new Field(task, ActivityInput::assigneeId));
            FIELDS.put("direction", new Field(call, ActivityInput::direction));
            FIELDS.put("durationSeconds", new Field(call, ActivityInput::durationSeconds));
            FIELDS.put("outcome", new Field(call, ActivityInput::outcome));
            FIELDS.put("startsAt", new Field(meeting, ActivityInput::startsAt));
            FIELDS.put("endsAt", new Field(meeting, ActivityInput::endsAt));
            FIELDS.put("location", new Field(meeting, ActivityInput::location));
            FIELDS.put("attendees", new Field(meeting, ActivityInput::attendees));
            FIELDS.put("from", new Field(email, ActivityInput::from));
            FIELDS.put("to", new Field(email, ActivityInput::to));
            FIELDS.put("sentAt", new Field(email, ActivityInput::sentAt));
        }

        @Override
        public boolean isValid(ActivityInput input, ConstraintValidatorContext context) {
            if (input.kind() == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            String kind = input.kind().name().toLowerCase();
            for (Map.Entry<String, Field> field : FIELDS.entrySet()) {
                if (!field.getValue().kinds().contains(input.kind()) && present(field.getValue().value().apply(input))) {
                    valid = report(context, field.getKey(), "a " + kind + " has no " + field.getKey());
                }
            }
            valid &= noNullEntries(context, "to", input.to());
            if (input.attendees() != null) {
                valid &= noNullEntries(context, "attendees.userIds", input.attendees().userIds());
                valid &= noNullEntries(context, "attendees.contactIds", input.attendees().contactIds());
            }
            switch (input.kind()) {
                case TASK -> valid &= require(context, "subject", input.subject(), "a task needs a subject");
                case CALL -> valid &= require(context, "direction", input.direction(),
                        "a call needs a direction: inbound or outbound");
                case MEETING -> {
                    valid &= require(context, "startsAt", input.startsAt(), "a meeting needs startsAt");
                    valid &= require(context, "endsAt", input.endsAt(), "a meeting needs endsAt");
                    if (input.startsAt() != null && input.endsAt() != null && input.endsAt().isBefore(input.startsAt())) {
                        valid = report(context, "endsAt", "must not be before startsAt");
                    }
                }
                case EMAIL -> {
                    valid &= require(context, "from", input.from(), "a logged email needs its sender");
                    valid &= require(context, "to", input.to(), "a logged email needs at least one recipient");
                    valid &= require(context, "sentAt", input.sentAt(), "a logged email needs sentAt");
                }
                case NOTE -> valid &= require(context, "body", input.body(), "a note needs a body");
            }
            return valid;
        }

        private static boolean require(ConstraintValidatorContext context, String field, Object value, String message) {
            return present(value) || report(context, field, message);
        }

        /**
         * A list's entries must not be null. Checked here rather than with an element constraint,
         * which the GraphQL schema would turn into a required list.
         */
        private static boolean noNullEntries(ConstraintValidatorContext context, String field, List<?> values) {
            boolean valid = true;
            for (int i = 0; values != null && i < values.size(); i++) {
                if (values.get(i) == null) {
                    valid = report(context, field + "[" + i + "]", "must not be null");
                }
            }
            return valid;
        }

        private static boolean present(Object value) {
            if (value instanceof String text) {
                return !text.isBlank();
            }
            if (value instanceof Collection<?> many) {
                return !many.isEmpty();
            }
            if (value instanceof Attendees attendees) {
                return present(attendees.userIds()) || present(attendees.contactIds());
            }
            return value != null;
        }

        private static boolean report(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
