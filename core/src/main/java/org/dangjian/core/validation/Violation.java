package org.dangjian.core.validation;

import java.util.Objects;

/**
 * One thing wrong with an input: where it is, what rule it breaks, and the rejected value as it may be
 * shown (personal data already masked), such as {@code fullMembers: must not exceed headCount (12)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Violation {
    private final String path;
    private final String message;
    private final String rejectedValue;

    private Violation(String path, String message, String rejectedValue) {
        this.path = Objects.requireNonNull(path, "path");
        this.message = Objects.requireNonNull(message, "message");
        this.rejectedValue = rejectedValue;
    }

    /**
     * A violation whose rejected value may be printed as it is.
     *
     * @param path the property path, such as {@code organizations[3].headCount}, not null
     * @param message what is wrong and what to do instead, not null
     * @param rejectedValue the value that was rejected, may be null
     * @return the violation, not null
     */
    public static Violation of(String path, String message, Object rejectedValue) {
        return new Violation(path, message, rejectedValue == null ? null : truncate(String.valueOf(rejectedValue)));
    }

    /**
     * A violation whose rejected value is personal data: only a masked form is kept.
     *
     * @param path the property path, not null
     * @param message what is wrong, not null
     * @param rejectedValue the personal value, masked before it is stored, may be null
     * @return the violation, not null
     */
    public static Violation personal(String path, String message, CharSequence rejectedValue) {
        return new Violation(path, message, rejectedValue == null ? null : Masking.mask(rejectedValue));
    }

    /** @return the property path, not null */
    public String path() {
        return path;
    }

    /** @return the message, not null */
    public String message() {
        return message;
    }

    /** @return the rejected value as it may be shown (masked if personal), or null */
    public String rejectedValue() {
        return rejectedValue;
    }

    /**
     * Prefixes the path, for a violation found inside a nested value.
     *
     * @param prefix the outer path, not null
     * @return the violation with the longer path, not null
     */
    public Violation under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : (path.startsWith("[") ? prefix + path : prefix + "." + path);
        return new Violation(joined, message, rejectedValue);
    }

    private static String truncate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Violation v
                && path.equals(v.path)
                && message.equals(v.message)
                && Objects.equals(rejectedValue, v.rejectedValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, message, rejectedValue);
    }

    @Override
    public String toString() {
        String where = path.isEmpty() ? "" : path + ": ";
        return rejectedValue == null ? where + message : where + message + " (rejected: " + rejectedValue + ")";
    }
}
