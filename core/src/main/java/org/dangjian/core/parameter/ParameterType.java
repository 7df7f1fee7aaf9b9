package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dangjian.core.band.BandedTable;
import org.dangjian.core.band.Bound;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.validation.InvalidInputException;

/**
 * The type of a parameter: how its value is read from and written to text (the form it takes in JSON
 * override files), such as {@code "1.5%"} for a {@link #RATE} or {@code "P6M"} for a {@link #PERIOD}.
 *
 * <p>{@link #parse(String)} reads what {@link #format(Object)} writes. This class is immutable and
 * thread-safe.
 *
 * @param <T> the value type
 */
public final class ParameterType<T> {
    /** A whole number, such as {@code 3}. */
    public static final ParameterType<Integer> INTEGER = new ParameterType<>("integer", Integer.class,
            ParameterType::parseInt, String::valueOf);
    /** An amount of yuan, such as {@code 1000.00}. */
    public static final ParameterType<Money> MONEY = new ParameterType<>("money", Money.class, Money::parse,
            Money::toString);
    /** A percentage, such as {@code 1.5%}. */
    public static final ParameterType<Rate> RATE = new ParameterType<>("rate", Rate.class, Rate::parse, Rate::toString);
    /** An exact fraction, such as {@code 4/5}. */
    public static final ParameterType<Fraction> FRACTION = new ParameterType<>("fraction", Fraction.class,
            Fraction::parse, Fraction::toString);
    /** {@code true} or {@code false}. */
    public static final ParameterType<Boolean> BOOLEAN = new ParameterType<>("boolean", Boolean.class,
            ParameterType::parseBoolean, String::valueOf);
    /** An ISO-8601 period, such as {@code P6M} or {@code P1Y}. */
    public static final ParameterType<Period> PERIOD = new ParameterType<>("period", Period.class,
            ParameterType::parsePeriod, Period::toString);
    /** An ISO date, such as {@code 2026-12-31}. */
    public static final ParameterType<LocalDate> DATE = new ParameterType<>("date", LocalDate.class,
            ParameterType::parseDate, LocalDate::toString);
    /** Free text of at most 200 characters. */
    public static final ParameterType<String> TEXT = new ParameterType<>("text", String.class,
            ParameterType::parseText, Function.identity());

    private final String name;
    private final Class<?> javaType;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    private ParameterType(String name, Class<?> javaType, Function<String, T> parser, Function<T, String> formatter) {
        this.name = name;
        this.javaType = javaType;
        this.parser = parser;
        this.formatter = formatter;
    }

    /**
     * A custom type.
     *
     * @param <T> the value type
     * @param name the type's name, such as {@code starBands}, not null
     * @param javaType the value's class, not null
     * @param parser reads the text form, throwing {@link InvalidInputException} when malformed, not null
     * @param formatter writes the text form, not null
     * @return the type, not null
     */
    public static <T> ParameterType<T> of(String name, Class<?> javaType, Function<String, T> parser,
            Function<T, String> formatter) {
        return new ParameterType<>(name, javaType, parser, formatter);
    }

    /**
     * One constant of an enum, written by its name.
     *
     * @param <E> the enum
     * @param type the enum class, not null
     * @return the type, not null
     */
    public static <E extends Enum<E>> ParameterType<E> enumValue(Class<E> type) {
        return new ParameterType<>("enum " + type.getSimpleName(), type, s -> parseEnum(type, s), Enum::name);
    }

    /**
     * A set of constants of an enum, written as names separated by commas ({@code LAW_FIRM,TAX_FIRM}).
     *
     * @param <E> the enum
     * @param type the enum class, not null
     * @return the type, not null
     */
    public static <E extends Enum<E>> ParameterType<Set<E>> enumSet(Class<E> type) {
        return new ParameterType<>("set of " + type.getSimpleName(), Set.class, s -> {
            EnumSet<E> set = EnumSet.noneOf(type);
            for (String part : s.split(",")) {
                if (!part.isBlank()) {
                    set.add(parseEnum(type, part.strip()));
                }
            }
            return java.util.Collections.unmodifiableSet(set);
        }, set -> set.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(",")));
    }

    /**
     * A banded table keyed by amounts of yuan from 0.00 upward, such as the dues bands.
     *
     * @param <V> the band value type
     * @param valueType the type of each band's value, not null
     * @return the type, not null
     */
    public static <V> ParameterType<BandedTable<Money, V>> moneyBands(ParameterType<V> valueType) {
        return bands("money bands of " + valueType.name, Bound.inclusive(Money.ZERO), Bound.unbounded(),
                Money::parse, valueType);
    }

    /**
     * A banded table keyed by whole counts from 0 upward (people, points).
     *
     * @param <V> the band value type
     * @param valueType the type of each band's value, not null
     * @return the type, not null
     */
    public static <V> ParameterType<BandedTable<Integer, V>> countBands(ParameterType<V> valueType) {
        return bands("count bands of " + valueType.name, Bound.inclusive(0), Bound.unbounded(),
                ParameterType::parseInt, valueType);
    }

    /**
     * A banded table over any key domain.
     *
     * @param <K> the key type
     * @param <V> the band value type
     * @param name the type's name, not null
     * @param domainLower the domain's lower end, not null
     * @param domainUpper the domain's upper end, not null
     * @param key parses a key, not null
     * @param valueType the type of each band's value, not null
     * @return the type, not null
     */
    public static <K extends Comparable<? super K>, V> ParameterType<BandedTable<K, V>> bands(String name,
            Bound<K> domainLower, Bound<K> domainUpper, Function<String, K> key, ParameterType<V> valueType) {
        return new ParameterType<>(name, BandedTable.class,
                s -> BandedTable.parse(s, domainLower, domainUpper, key, valueType::parse), BandedTable::toString);
    }

    /** @return the type's name, not null */
    public String name() {
        return name;
    }

    /** @return the value's class, not null */
    public Class<?> javaType() {
        return javaType;
    }

    /**
     * Reads a value from its text form.
     *
     * @param text the text, not null
     * @return the value, not null
     * @throws InvalidInputException when the text is not a value of this type
     */
    public T parse(String text) {
        Objects.requireNonNull(text, "text");
        try {
            return Objects.requireNonNull(parser.apply(text.strip()), "parser returned null");
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw InvalidInputException.of("", "not a " + name + ": " + e.getMessage(), text);
        }
    }

    /**
     * Writes a value's text form.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public String format(T value) {
        return formatter.apply(value);
    }

    /**
     * Writes the text form of a value known only as an object of this type.
     *
     * @param value a value of this type, not null
     * @return the text, not null
     */
    @SuppressWarnings("unchecked")
    String formatObject(Object value) {
        return formatter.apply((T) value);
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("", "not a whole number", s);
        }
    }

    private static Boolean parseBoolean(String s) {
        if (s.equals("true") || s.equals("false")) {
            return Boolean.valueOf(s);
        }
        throw InvalidInputException.of("", "a boolean is true or false", s);
    }

    private static Period parsePeriod(String s) {
        try {
            Period p = Period.parse(s);
            if (p.isNegative()) {
                throw InvalidInputException.of("", "a period must not be negative", s);
            }
            return p;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("", "a period is written in ISO-8601 such as P6M or P1Y", s);
        }
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("", "a date is written such as 2026-12-31", s);
        }
    }

    private static String parseText(String s) {
        if (s.length() > 200) {
            throw InvalidInputException.of("", "text parameters have at most 200 characters", s);
        }
        return s;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("", "expected one of " + Arrays.toString(type.getEnumConstants()), s);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
