package no.tiltaksradar.propose.llm;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads an HTTP {@code Retry-After} value: delay-seconds or an HTTP date. */
final class RetryAfter {
    private RetryAfter() {
    }

    /** @return the wait the server asked for, or null when absent or unreadable */
    static Duration parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.trim();
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(trimmed) * 1000));
        } catch (NumberFormatException notSeconds) {
            return parseDate(trimmed);
        }
    }

    private static Duration parseDate(String value) {
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
