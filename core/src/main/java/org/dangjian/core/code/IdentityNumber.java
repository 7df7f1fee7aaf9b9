package org.dangjian.core.code;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Masking;
import org.dangjian.core.validation.Violation;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999): six digits of address code, eight of birth date,
 * three of sequence (odd for men), and a check character {@code 0-9} or {@code X} (ISO 7064 MOD 11-2).
 *
 * <p>Personal data: {@link #toString()} and every error message show only a masked form
 * ({@code 4301************1X}); {@link #value()} gives the full number to code that must store it.
 * This class is immutable and thread-safe.
 */
public final class IdentityNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String value;
    private final LocalDate birthDate;

    private IdentityNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /**
     * Parses and checks a number.
     *
     * <p>Valid: {@code 11010519491231002X}. Invalid: a wrong last character, a birth date of 19490230, 17
     * characters, a lower-case {@code x}.
     *
     * @param text the number, not null
     * @return the identity number, not null
     * @throws InvalidInputException naming what is wrong, with the number masked
     */
    public static IdentityNumber parse(CharSequence text) {
        String s = text.toString();
        if (s.length() != 18) {
            throw invalid(s, "an identity number has 18 characters, not " + s.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(s, "characters 1-17 of an identity number are digits");
            }
            sum += (c - '0') * WEIGHTS[i];
        }
        char expected = CHECK.charAt(sum % 11);
        if (s.charAt(17) != expected) {
            throw invalid(s, "wrong check character; GB 11643 gives another one (upper-case X for 10)");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid(s, "characters 7-14 are not a valid birth date (yyyyMMdd)");
        }
        if (birth.getYear() < 1900) {
            throw invalid(s, "birth year before 1900");
        }
        return new IdentityNumber(s, birth);
    }

    /**
     * A synonym of {@link #parse(CharSequence)}.
     *
     * @param number the number, not null
     * @return the identity number, not null
     */
    public static IdentityNumber of(String number) {
        return parse(number);
    }

    /**
     * Completes 17 digits with their check character.
     *
     * @param first17 the first seventeen digits, not null
     * @return the full number, not null
     * @throws InvalidInputException when the digits or the birth date are malformed
     */
    public static IdentityNumber withCheckCharacter(CharSequence first17) {
        String s = first17.toString();
        if (s.length() != 17 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(s, "expected the first 17 digits of an identity number");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return parse(s + CHECK.charAt(sum % 11));
    }

    private static InvalidInputException invalid(String s, String message) {
        return new InvalidInputException(java.util.List.of(Violation.personal("", message, s)));
    }

    /** @return the full number: personal data, store it, never print it, not null */
    public String value() {
        return value;
    }

    /** @return the birth date, not null */
    public LocalDate birthDate() {
        return birthDate;
    }

    /** @return characters 1-6: the address code at registration, not null */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** @return whether the sequence digit (character 17) is odd */
    public boolean isMale() {
        return (value.charAt(16) - '0') % 2 == 1;
    }

    /**
     * The age in whole years on a date (a birthday on 29 February counts from 1 March in common years).
     *
     * @param on the date, not null
     * @return the age; negative years are reported as 0
     */
    public int ageOn(LocalDate on) {
        return Math.max(0, Period.between(birthDate, on).getYears());
    }

    /** @return the masked form, such as {@code 1101************2X}, not null */
    public String masked() {
        return Masking.keep(value, 4, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityNumber i && i.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the masked form only */
    @Override
    public String toString() {
        return masked();
    }
}
