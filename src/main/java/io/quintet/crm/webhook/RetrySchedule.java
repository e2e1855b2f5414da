package io.quintet.crm.webhook;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The waits before each retry of a delivery, from {@code crm.webhooks.retry-schedule}: ISO-8601 ({@code PT5S})
 * or short ({@code 500ms}, {@code 5s}, {@code 5m}, {@code 2h}, {@code 1d}) durations, comma-separated.
 */
record RetrySchedule(List<Duration> waits) {

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    /** Jitter: each wait is lengthened by up to this fraction, so that retries of many deliveries spread out. */
    private static final double JITTER = 0.1;

    static RetrySchedule parse(String text) {
        List<Duration> waits = new ArrayList<>();
        for (String item : text.split(",")) {
            waits.add(duration(item.trim()));
        }
        return new RetrySchedule(List.copyOf(waits));
    }

    private static Duration duration(String text) {
        Matcher shortForm = SHORT.matcher(text);
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            Duration parsed = Duration.parse(text);
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("crm.webhooks.retry-schedule: '" + text + "' must be positive");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("crm.webhooks.retry-schedule: '" + text + "' is not a duration; write "
                    + "e.g. 5s,5m,30m,2h,1d or PT5S,PT5M", e);
        }
    }

    /** Attempts a delivery gets in all: the first and one per wait. */
    int maxAttempts() {
        return waits.size() + 1;
    }

    /** The wait after the {@code failures}-th failure in a row (1-based), with jitter; the last wait repeats. */
    Duration after(int failures) {
        Duration base = waits.get(Math.min(Math.max(failures, 1), waits.size()) - 1);
        long jitter = (long) (base.toMillis() * JITTER * ThreadLocalRandom.current().nextDouble());
        return base.plusMillis(jitter);
    }
}
