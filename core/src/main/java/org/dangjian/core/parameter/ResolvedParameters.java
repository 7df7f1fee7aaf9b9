package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.core.code.Jurisdiction;

/**
 * The parameter values in force for one jurisdiction on one date, each with the layer it came from: what a
 * policy is built from once and then evaluates many records with.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResolvedParameters {
    private final Jurisdiction jurisdiction;
    private final LocalDate date;
    private final Map<String, Object> values;
    private final Map<String, Provenance> provenance;
    private final Map<String, ParameterDefinition<?>> definitions;

    ResolvedParameters(Jurisdiction jurisdiction, LocalDate date, Map<String, Object> values,
            Map<String, Provenance> provenance, Map<String, ParameterDefinition<?>> definitions) {
        this.jurisdiction = jurisdiction;
        this.date = date;
        this.values = Collections.unmodifiableMap(values);
        this.provenance = Collections.unmodifiableMap(provenance);
        this.definitions = definitions;
    }

    /** @return the jurisdiction resolved for, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return the date resolved for, not null */
    public LocalDate date() {
        return date;
    }

    /**
     * The value of a parameter, if any layer sets it.
     *
     * @param <T> the value type
     * @param key the parameter, not null
     * @return the value, empty when no layer sets it, not null
     * @throws IllegalArgumentException when the key is not defined by any module or has another type
     */
    public <T> Optional<T> find(ParameterKey<T> key) {
        ParameterDefinition<?> d = definitions.get(key.name());
        if (d == null) {
            throw new IllegalArgumentException("unknown parameter " + key.name() + "; no module on the class path defines it");
        }
        if (!d.key().type().name().equals(key.type().name())) {
            throw new IllegalArgumentException("parameter " + key.name() + " is a " + d.key().type()
                    + ", not a " + key.type());
        }
        @SuppressWarnings("unchecked")
        T v = (T) values.get(key.name());
        return Optional.ofNullable(v);
    }

    /**
     * The value of a parameter that must be set.
     *
     * @param <T> the value type
     * @param key the parameter, not null
     * @return the value, not null
     * @throws MissingParameterException when no layer sets it for this jurisdiction and date
     */
    public <T> T get(ParameterKey<T> key) {
        return find(key).orElseThrow(() -> new MissingParameterException("parameter " + key.name() + " ("
                + definitions.get(key.name()).titleZh() + ") has no value for " + jurisdiction + " on " + date
                + ": the national regulations leave it to each locality; set it in the jurisdiction's overrides"));
    }

    /**
     * Which layer a value came from.
     *
     * @param key the parameter, not null
     * @return the layer, empty when no layer sets it, not null
     */
    public Optional<Provenance> provenance(ParameterKey<?> key) {
        return Optional.ofNullable(provenance.get(key.name()));
    }

    /**
     * The report of every defined parameter: its value's text form (or none) and the layer it came from,
     * ordered by name.
     *
     * @return the report lines, not null
     */
    public List<Entry> report() {
        List<Entry> l = new ArrayList<>();
        for (ParameterDefinition<?> d : new TreeMap<>(definitions).values()) {
            Object v = values.get(d.name());
            l.add(new Entry(d.name(), d.titleZh(), v == null ? null : d.key().type().formatObject(v),
                    provenance.get(d.name())));
        }
        return l;
    }

    /** One line of {@link #report()}. */
    public static final class Entry {
        private final String name;
        private final String titleZh;
        private final String value;
        private final Provenance provenance;

        Entry(String name, String titleZh, String value, Provenance provenance) {
            this.name = name;
            this.titleZh = titleZh;
            this.value = value;
            this.provenance = provenance;
        }

        /** @return the parameter name, not null */
        public String name() {
            return name;
        }

        /** @return the Chinese title, not null */
        public String titleZh() {
            return titleZh;
        }

        /** @return the value's text form, empty when unset, not null */
        public Optional<String> value() {
            return Optional.ofNullable(value);
        }

        /** @return the layer, empty when unset, not null */
        public Optional<Provenance> provenance() {
            return Optional.ofNullable(provenance);
        }

        @Override
        public String toString() {
            return name + " = " + (value == null ? "（未设置）" : value + " ← " + provenance);
        }
    }
}
