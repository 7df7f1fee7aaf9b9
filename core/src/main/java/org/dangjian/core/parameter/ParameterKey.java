package org.dangjian.core.parameter;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name and type of a parameter, such as {@code membership.dues.employedBands} of money bands of rates.
 *
 * <p>Names are dotted lower camel case, starting with the module: {@code coverage.formation.minFullMembers}.
 * Two keys are equal when their names are. This class is immutable and thread-safe.
 *
 * @param <T> the value type
 */
public final class ParameterKey<T> implements Comparable<ParameterKey<?>> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

    private final String name;
    private final ParameterType<T> type;

    private ParameterKey(String name, ParameterType<T> type) {
        this.name = name;
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * A key.
     *
     * @param <T> the value type
     * @param name dotted lower camel case with at least two parts, not null
     * @param type the type, not null
     * @return the key, not null
     * @throws IllegalArgumentException when the name is malformed
     */
    public static <T> ParameterKey<T> of(String name, ParameterType<T> type) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a parameter name is dotted lower camel case such as "
                    + "coverage.formation.minFullMembers, got: " + name);
        }
        return new ParameterKey<>(name, type);
    }

    /** @return the name, not null */
    public String name() {
        return name;
    }

    /** @return the type, not null */
    public ParameterType<T> type() {
        return type;
    }

    @Override
    public int compareTo(ParameterKey<?> o) {
        return name.compareTo(o.name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterKey<?> k && k.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
