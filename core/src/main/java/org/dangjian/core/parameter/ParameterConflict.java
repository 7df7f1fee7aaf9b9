package org.dangjian.core.parameter;

import java.util.List;
import java.util.Objects;

/**
 * Two layers of the same jurisdiction, kind and effective date that set different values for one
 * parameter: neither can win, so resolving that parameter where both apply fails until one is withdrawn.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ParameterConflict {
    private final String parameter;
    private final List<Provenance> layers;
    private final List<String> values;

    ParameterConflict(String parameter, List<Provenance> layers, List<String> values) {
        this.parameter = parameter;
        this.layers = List.copyOf(layers);
        this.values = List.copyOf(values);
    }

    /** @return the parameter name, not null */
    public String parameter() {
        return parameter;
    }

    /** @return the layers that disagree, not null */
    public List<Provenance> layers() {
        return layers;
    }

    /** @return their values' text forms, in the same order, not null */
    public List<String> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterConflict c && c.parameter.equals(parameter) && c.layers.equals(layers)
                && c.values.equals(values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameter, layers, values);
    }

    @Override
    public String toString() {
        return parameter + ": " + layers + " set " + values;
    }
}
