package io.quintet.crm.webhook;

import java.util.List;
import java.util.regex.Pattern;

import io.quintet.crm.platform.error.ApiProblem;

/**
 * Event type patterns of a subscription: {@code *} (every event), {@code <object>.*} (every event of one
 * object type) or an exact type such as {@code contact.updated}.
 */
final class EventTypes {

    /** Lower-case words with underscores: {@code contact}, {@code stage_changed}. */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    private EventTypes() {
    }

    /** Every pattern is well formed, or a VALIDATION problem names the first that is not. */
    static void validate(List<String> patterns) {
        if (patterns == null || patterns.isEmpty()) {
            throw ApiProblem.invalidField("eventTypes", "eventTypes must list at least one pattern, e.g. [\"*\"]");
        }
        for (String pattern : patterns) {
            if (!isValid(pattern)) {
                throw ApiProblem.invalidField("eventTypes", "'" + pattern + "' is not an event type pattern: use *, "
                        + "<object>.* (contact.*) or an exact type (contact.updated)");
            }
        }
    }

    static boolean isValid(String pattern) {
        if (pattern == null) {
            return false;
        }
        if (pattern.equals("*")) {
            return true;
        }
        int dot = pattern.indexOf('.');
        if (dot < 0 || dot != pattern.lastIndexOf('.')) {
            return false;
        }
        String action = pattern.substring(dot + 1);
        return WORD.matcher(pattern.substring(0, dot)).matches() && (action.equals("*") || WORD.matcher(action).matches());
    }

    /** Whether any of the patterns matches the event type. */
    static boolean matches(List<String> patterns, String eventType) {
        return patterns.stream().anyMatch(pattern -> pattern.equals("*") || pattern.equals(eventType)
                || pattern.endsWith(".*") && eventType.startsWith(pattern.substring(0, pattern.length() - 1)));
    }
}
