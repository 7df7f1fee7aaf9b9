package org.dangjian.core.parameter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A module's values in a {@link LocalProfile}: what the profile's document sets for the module's parameters.
 *
 * <pre>{@code
 * ProfileValues.of(LocalProfile.SEED_002)
 *         .with(MEMBERS_EXPECTED_AT_STAFF, 50)
 *         .with(ORGANIZATION_EXPECTED_AT_STAFF, 100);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: {@code with} returns a new value.
 */
public final class ProfileValues {
    private final LocalProfile profile;
    private final Map<ParameterKey<?>, Object> values;

    private ProfileValues(LocalProfile profile, Map<ParameterKey<?>, Object> values) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.values = values;
    }

    /**
     * No values yet.
     *
     * @param profile the profile, not null
     * @return the values, not null
     */
    public static ProfileValues of(LocalProfile profile) {
        return new ProfileValues(profile, Map.of());
    }

    /**
     * Adds a value.
     *
     * @param <T> the value type
     * @param key the parameter, not null
     * @param value the value, not null
     * @return new values, not null
     */
    public <T> ProfileValues with(ParameterKey<T> key, T value) {
        Map<ParameterKey<?>, Object> m = new LinkedHashMap<>(values);
        m.put(key, Objects.requireNonNull(value, "value"));
        return new ProfileValues(profile, java.util.Collections.unmodifiableMap(m));
    }

    /** @return the profile, not null */
    public LocalProfile profile() {
        return profile;
    }

    /** @return the values by key, not null */
    public Map<ParameterKey<?>, Object> values() {
        return values;
    }
}
