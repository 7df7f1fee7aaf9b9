package org.dangjian.core.parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a county (or city, or province) publishes to change parameters without code: profile adoptions and
 * its own dated values. Reads from and writes to JSON with {@code DangjianJson}; the caller does the file I/O.
 *
 * <pre>{@code
 * {
 *   "adoptions": [ { "jurisdiction": "430100", "profileId": "seed-002", "effectiveFrom": "2020-01-01" } ],
 *   "overrides": [ { "jurisdiction": "430102", "effectiveFrom": "2026-01-01", "source": "…",
 *                    "values": { "coverage.target.organizationalCoverage": "92%" } } ]
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OverrideSet {
    private static final OverrideSet EMPTY = new OverrideSet(List.of(), List.of());

    private final List<ProfileAdoption> adoptions;
    private final List<ParameterOverride> overrides;

    private OverrideSet(List<ProfileAdoption> adoptions, List<ParameterOverride> overrides) {
        this.adoptions = List.copyOf(adoptions);
        this.overrides = List.copyOf(overrides);
    }

    /**
     * A set.
     *
     * @param adoptions profile adoptions, not null
     * @param overrides value layers, not null
     * @return the set, not null
     */
    public static OverrideSet of(List<ProfileAdoption> adoptions, List<ParameterOverride> overrides) {
        return new OverrideSet(adoptions, overrides);
    }

    /** @return the empty set, not null */
    public static OverrideSet empty() {
        return EMPTY;
    }

    /**
     * Adds an adoption.
     *
     * @param adoption the adoption, not null
     * @return a new set, not null
     */
    public OverrideSet with(ProfileAdoption adoption) {
        List<ProfileAdoption> l = new ArrayList<>(adoptions);
        l.add(Objects.requireNonNull(adoption));
        return new OverrideSet(l, overrides);
    }

    /**
     * Adds a layer of values.
     *
     * @param override the layer, not null
     * @return a new set, not null
     */
    public OverrideSet with(ParameterOverride override) {
        List<ParameterOverride> l = new ArrayList<>(overrides);
        l.add(Objects.requireNonNull(override));
        return new OverrideSet(adoptions, l);
    }

    /**
     * Both sets together.
     *
     * @param other another set, not null
     * @return a new set, not null
     */
    public OverrideSet plus(OverrideSet other) {
        List<ProfileAdoption> a = new ArrayList<>(adoptions);
        a.addAll(other.adoptions);
        List<ParameterOverride> o = new ArrayList<>(overrides);
        o.addAll(other.overrides);
        return new OverrideSet(a, o);
    }

    /** @return the adoptions, not null */
    public List<ProfileAdoption> adoptions() {
        return adoptions;
    }

    /** @return the value layers, not null */
    public List<ParameterOverride> overrides() {
        return overrides;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OverrideSet s && s.adoptions.equals(adoptions) && s.overrides.equals(overrides);
    }

    @Override
    public int hashCode() {
        return Objects.hash(adoptions, overrides);
    }

    @Override
    public String toString() {
        return "OverrideSet" + adoptions + overrides;
    }
}
