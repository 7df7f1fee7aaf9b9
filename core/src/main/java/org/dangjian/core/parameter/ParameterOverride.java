package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;

/**
 * One layer of local values: a jurisdiction's own figures in force from a date, as its document sets them,
 * held as text until {@link PolicyParameters#with(OverrideSet)} checks them against the definitions.
 *
 * <pre>{@code
 * ParameterOverride.of(Jurisdiction.of("430102"), LocalDate.of(2026, 1, 1))
 *         .with("coverage.target.organizationalCoverage", "92%")
 *         .withSource("芙组通〔2026〕1号");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterOverride {
    private final Jurisdiction jurisdiction;
    private final LocalDate effectiveFrom;
    private final String source;
    private final Map<String, String> values;

    private ParameterOverride(Jurisdiction jurisdiction, LocalDate effectiveFrom, String source,
            Map<String, String> values) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.source = source;
        this.values = values;
    }

    /**
     * An empty layer.
     *
     * @param jurisdiction who sets the values, not null
     * @param effectiveFrom the first day in force, not null
     * @return the layer, not null
     */
    public static ParameterOverride of(Jurisdiction jurisdiction, LocalDate effectiveFrom) {
        return new ParameterOverride(jurisdiction, effectiveFrom, null, Map.of());
    }

    /**
     * Adds a value in its text form.
     *
     * @param name the parameter name, not null
     * @param text the value's text form, not null
     * @return a new layer, not null
     */
    public ParameterOverride with(String name, String text) {
        Map<String, String> m = new LinkedHashMap<>(values);
        m.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(text, "text"));
        return new ParameterOverride(jurisdiction, effectiveFrom, source, Collections.unmodifiableMap(m));
    }

    /**
     * Adds a typed value.
     *
     * @param <T> the value type
     * @param key the parameter, not null
     * @param value the value, not null
     * @return a new layer, not null
     */
    public <T> ParameterOverride with(ParameterKey<T> key, T value) {
        return with(key.name(), key.type().format(value));
    }

    /**
     * Names the document that sets the values.
     *
     * @param document such as a document number, not null
     * @return a new layer, not null
     */
    public ParameterOverride withSource(String document) {
        return new ParameterOverride(jurisdiction, effectiveFrom, document, values);
    }

    /** @return the jurisdiction, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return the first day in force, not null */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the document that sets the values, if named, not null */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** @return the values' text forms by parameter name, not null */
    public Map<String, String> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterOverride p && p.jurisdiction.equals(jurisdiction)
                && p.effectiveFrom.equals(effectiveFrom) && Objects.equals(p.source, source) && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jurisdiction, effectiveFrom, source, values);
    }

    @Override
    public String toString() {
        return jurisdiction + " from " + effectiveFrom + " " + values;
    }
}
