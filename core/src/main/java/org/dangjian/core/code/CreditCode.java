package org.dangjian.core.code;

import org.dangjian.core.validation.InvalidInputException;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31-character set
 * {@code 0-9 A-H J-N P-R T U W-Y}, such as {@code 91350100M000100Y43} with the last character a check
 * character computed over the first seventeen with weights {@code 3^i mod 31}.
 *
 * <p>Characters 1–2 are the registration authority and organization category ({@code 91} enterprise,
 * {@code 51}/{@code 52}/{@code 53} social organizations), 3–8 the registering division's GB/T 2260 code.
 * {@link #parse(CharSequence)} reads what {@link #toString()} writes. This class is immutable and thread-safe.
 */
public final class CreditCode implements Comparable<CreditCode> {
    /** The character set in value order. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String code;

    private CreditCode(String code) {
        this.code = code;
    }

    /**
     * Parses and checks a code.
     *
     * <p>Valid: {@code 91350100M000100Y43}. Invalid: the same with the last character changed (wrong check
     * character), 17 characters, or a letter outside the set such as {@code I}, {@code O}, {@code S}, {@code V},
     * {@code Z}.
     *
     * @param text the code, upper case, not null
     * @return the credit code, not null
     * @throws InvalidInputException naming what is wrong
     */
    public static CreditCode parse(CharSequence text) {
        String s = text.toString();
        if (s.length() != 18) {
            throw InvalidInputException.of("", "a unified social credit code has 18 characters, not " + s.length(), s);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(s.charAt(i));
            if (v < 0) {
                throw InvalidInputException.of("", "character " + (i + 1) + " ('" + s.charAt(i)
                        + "') is not in the GB 32100 set 0-9 A-H J-N P-R T U W-Y", s);
            }
            sum += v * WEIGHTS[i];
        }
        char expected = checkCharacter(sum);
        if (s.charAt(17) != expected) {
            throw InvalidInputException.of("", "wrong check character '" + s.charAt(17) + "'; GB 32100 gives '"
                    + expected + "'", s);
        }
        return new CreditCode(s);
    }

    /**
     * A synonym of {@link #parse(CharSequence)}.
     *
     * @param code the code, not null
     * @return the credit code, not null
     */
    public static CreditCode of(String code) {
        return parse(code);
    }

    /**
     * Completes 17 characters with their check character.
     *
     * @param first17 the first seventeen characters, not null
     * @return the full code, not null
     * @throws InvalidInputException when the characters are not 17 from the set
     */
    public static CreditCode withCheckCharacter(CharSequence first17) {
        String s = first17.toString();
        if (s.length() != 17) {
            throw InvalidInputException.of("", "expected the first 17 characters of a credit code", s);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CHARSET.indexOf(s.charAt(i));
            if (v < 0) {
                throw InvalidInputException.of("", "character " + (i + 1) + " is not in the GB 32100 set", s);
            }
            sum += v * WEIGHTS[i];
        }
        return new CreditCode(s + checkCharacter(sum));
    }

    private static char checkCharacter(int weightedSum) {
        int c = 31 - weightedSum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** @return the 18 characters, not null */
    public String code() {
        return code;
    }

    /** @return the registration authority code (character 1), such as '9' (工商) or '5' (民政) */
    public char registrationAuthority() {
        return code.charAt(0);
    }

    /** @return the organization category code (character 2) */
    public char category() {
        return code.charAt(1);
    }

    /** @return characters 3–8: the registering division's six-digit code, not null */
    public String divisionCode() {
        return code.substring(2, 8);
    }

    @Override
    public int compareTo(CreditCode o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CreditCode c && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the 18 characters (an organization's code is public, not personal data) */
    @Override
    public String toString() {
        return code;
    }
}
