package org.dangjian.core.code;

import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Masking;

/**
 * A person's name: personal data that {@link #toString()} masks ({@code 张*}, {@code 欧阳**}).
 *
 * <p>{@link #value()} gives the full name to code that must show it to an authorised reader. This class is
 * immutable and thread-safe.
 */
public final class PersonName {
    private final String value;

    private PersonName(String value) {
        this.value = value;
    }

    /**
     * A name.
     *
     * @param name 1 to 64 characters after trimming, not null
     * @return the name, not null
     * @throws InvalidInputException when blank or too long (the message masks it)
     */
    public static PersonName of(String name) {
        String s = name == null ? "" : name.strip();
        if (s.isEmpty()) {
            throw InvalidInputException.of("", "a name must not be blank", null);
        }
        if (s.length() > 64) {
            throw InvalidInputException.of("", "a name has at most 64 characters", Masking.name(s));
        }
        return new PersonName(s);
    }

    /** @return the full name: personal data, not null */
    public String value() {
        return value;
    }

    /** @return the masked name, not null */
    public String masked() {
        return Masking.name(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the masked name only */
    @Override
    public String toString() {
        return masked();
    }
}
