package org.dangjian.core.code;

import java.util.Optional;
import java.util.Set;
import org.dangjian.core.validation.InvalidInputException;

/**
 * An administrative division: a GB/T 2260 six-digit code ({@code 430102} 长沙市芙蓉区), or a nine-digit township
 * or twelve-digit village code of the statistical division codes ({@code 430102001}, {@code 430102001001}).
 *
 * <p>Levels nest: village → township → county → city → province. {@link #contains(Jurisdiction)} is
 * ancestor-or-self. {@link #parse(CharSequence)} reads what {@link #toString()} writes. This class is immutable
 * and thread-safe.
 */
public final class Jurisdiction implements Comparable<Jurisdiction> {
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private final String code;
    private final JurisdictionLevel level;

    private Jurisdiction(String code, JurisdictionLevel level) {
        this.code = code;
        this.level = level;
    }

    /**
     * Parses a division code.
     *
     * <p>Valid: {@code 430000} (province), {@code 430100} (city), {@code 430102} (county),
     * {@code 430102001} (township), {@code 430102001001} (village). Invalid: {@code 990000} (no such
     * province), {@code 430002} (a county under city {@code 00}), {@code 43010} (five digits).
     *
     * @param text the code, not null
     * @return the jurisdiction, not null
     * @throws InvalidInputException when the code is malformed
     */
    public static Jurisdiction parse(CharSequence text) {
        String s = text.toString();
        int n = s.length();
        if (n != 6 && n != 9 && n != 12) {
            throw InvalidInputException.of("", "a division code has 6 (GB/T 2260), 9 (township) or 12 (village) digits", s);
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw InvalidInputException.of("", "a division code has digits only", s);
            }
        }
        if (!PROVINCES.contains(s.substring(0, 2))) {
            throw InvalidInputException.of("", "no province has the code prefix " + s.substring(0, 2), s);
        }
        String city = s.substring(2, 4);
        String county = s.substring(4, 6);
        if (city.equals("00") && !county.equals("00")) {
            throw InvalidInputException.of("", "a county code needs a city part other than 00", s);
        }
        if (n > 6 && (county.equals("00"))) {
            throw InvalidInputException.of("", "a township or village code must lie in a county (digits 5-6 not 00)", s);
        }
        if (n >= 9 && s.substring(6, 9).equals("000")) {
            throw InvalidInputException.of("", "a township code must not be 000", s);
        }
        if (n == 12 && s.substring(9, 12).equals("000")) {
            throw InvalidInputException.of("", "a village code must not be 000", s);
        }
        JurisdictionLevel level = n == 12 ? JurisdictionLevel.VILLAGE
                : n == 9 ? JurisdictionLevel.TOWNSHIP
                : city.equals("00") ? JurisdictionLevel.PROVINCE
                : county.equals("00") ? JurisdictionLevel.CITY
                : JurisdictionLevel.COUNTY;
        return new Jurisdiction(s, level);
    }

    /**
     * A synonym of {@link #parse(CharSequence)}.
     *
     * @param code the code, not null
     * @return the jurisdiction, not null
     */
    public static Jurisdiction of(String code) {
        return parse(code);
    }

    /** @return the code, not null */
    public String code() {
        return code;
    }

    /** @return the level, not null */
    public JurisdictionLevel level() {
        return level;
    }

    /** @return the enclosing jurisdiction; empty for a province, not null */
    public Optional<Jurisdiction> parent() {
        switch (level) {
            case VILLAGE:
                return Optional.of(new Jurisdiction(code.substring(0, 9), JurisdictionLevel.TOWNSHIP));
            case TOWNSHIP:
                return Optional.of(new Jurisdiction(code.substring(0, 6), JurisdictionLevel.COUNTY));
            case COUNTY:
                return Optional.of(new Jurisdiction(code.substring(0, 4) + "00", JurisdictionLevel.CITY));
            case CITY:
                return Optional.of(new Jurisdiction(code.substring(0, 2) + "0000", JurisdictionLevel.PROVINCE));
            default:
                return Optional.empty();
        }
    }

    /**
     * The enclosing jurisdiction at a level.
     *
     * @param target the level, not below this one's, not null
     * @return the ancestor (or this) at that level, not null
     * @throws IllegalArgumentException when the level is below this jurisdiction's
     */
    public Jurisdiction at(JurisdictionLevel target) {
        if (target.ordinal() > level.ordinal()) {
            throw new IllegalArgumentException(code + " is a " + level + "; it has no enclosing " + target);
        }
        Jurisdiction j = this;
        while (j.level != target) {
            j = j.parent().orElseThrow();
        }
        return j;
    }

    /**
     * Whether this jurisdiction is the other or encloses it.
     *
     * @param other the other jurisdiction, not null
     * @return ancestor-or-self
     */
    public boolean contains(Jurisdiction other) {
        if (other.level.ordinal() < level.ordinal()) {
            return false;
        }
        switch (level) {
            case PROVINCE:
                return other.code.regionMatches(0, code, 0, 2);
            case CITY:
                return other.code.regionMatches(0, code, 0, 4);
            case COUNTY:
                return other.code.regionMatches(0, code, 0, 6);
            case TOWNSHIP:
                return other.code.regionMatches(0, code, 0, 9);
            default:
                return other.code.equals(code);
        }
    }

    /** Orders by code, so a parent sorts before its children. */
    @Override
    public int compareTo(Jurisdiction o) {
        return code.compareTo(o.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jurisdiction j && j.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** @return the code */
    @Override
    public String toString() {
        return code;
    }
}
