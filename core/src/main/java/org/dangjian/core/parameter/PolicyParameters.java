package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.rule.RuleSet;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violation;
import org.dangjian.core.validation.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every parameter the SDK's rules read, in layers: the national baseline in code, the named local profiles
 * a jurisdiction adopts, and each jurisdiction's own dated overrides.
 *
 * <p>The value for (jurisdiction, date) is the most specific jurisdiction's latest value on or before the
 * date; at the same jurisdiction and date a jurisdiction's own override beats a profile it adopted. Two layers
 * of the same jurisdiction, kind and date that disagree are a {@link ParameterConflict}: {@link #conflicts()}
 * lists them and {@link #resolve} refuses to pick one.
 *
 * <pre>{@code
 * PolicyParameters params = PolicyParameters.nationalBaseline()
 *         .with(DangjianJson.readOverrides(countyJson));          // the caller reads the file
 * ResolvedParameters p = params.resolve(Jurisdiction.of("430102"), LocalDate.of(2026, 3, 1));
 * p.get(DuesParameters.EMPLOYED_BANDS);                           // [0.00, 3000.00] 0.5%; …
 * p.provenance(DuesParameters.EMPLOYED_BANDS);                    // 全国基准 2008-04-01起
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: {@code with} returns a new set.
 */
public final class PolicyParameters {
    private static final Logger LOG = LoggerFactory.getLogger(PolicyParameters.class);
    private final Map<String, ParameterDefinition<?>> definitions;
    private final Map<String, LocalProfile> profiles;
    private final Map<String, Map<String, Object>> profileValues;
    private final List<Layer> layers;
    private final OverrideSet overrides;

    /** A local layer: a profile adoption or an override, with parsed values. */
    private static final class Layer {
        final Provenance provenance;
        final Map<String, Object> values;

        Layer(Provenance provenance, Map<String, Object> values) {
            this.provenance = provenance;
            this.values = values;
        }
    }

    private PolicyParameters(Map<String, ParameterDefinition<?>> definitions, Map<String, LocalProfile> profiles,
            Map<String, Map<String, Object>> profileValues, List<Layer> layers, OverrideSet overrides) {
        this.definitions = definitions;
        this.profiles = profiles;
        this.profileValues = profileValues;
        this.layers = List.copyOf(layers);
        this.overrides = overrides;
    }

    /**
     * The national baseline of every module on the class path (found with {@link ServiceLoader}).
     *
     * @return the parameters, with no local layer, not null
     */
    public static PolicyParameters nationalBaseline() {
        List<RuleSet> sets = new ArrayList<>();
        ServiceLoader.load(RuleSet.class, PolicyParameters.class.getClassLoader()).forEach(sets::add);
        return of(sets);
    }

    /**
     * The national baseline of the given modules.
     *
     * @param sets the modules' rule sets, not null
     * @return the parameters, with no local layer, not null
     * @throws IllegalStateException when two modules define the same parameter, or a profile sets an
     *     undefined one
     */
    public static PolicyParameters of(Collection<? extends RuleSet> sets) {
        Map<String, ParameterDefinition<?>> defs = new LinkedHashMap<>();
        Map<String, LocalProfile> profiles = new TreeMap<>();
        Map<String, Map<String, Object>> profileValues = new TreeMap<>();
        List<RuleSet> sorted = new ArrayList<>(sets);
        sorted.sort(Comparator.comparing(RuleSet::module));
        for (RuleSet s : sorted) {
            for (ParameterDefinition<?> d : s.parameters()) {
                if (defs.putIfAbsent(d.name(), d) != null) {
                    throw new IllegalStateException("parameter " + d.name() + " is defined twice");
                }
            }
        }
        for (RuleSet s : sorted) {
            for (ProfileValues pv : s.profiles()) {
                LocalProfile known = profiles.putIfAbsent(pv.profile().id(), pv.profile());
                if (known != null && !known.source().equals(pv.profile().source())) {
                    throw new IllegalStateException("profile " + pv.profile().id() + " is declared with two sources");
                }
                Map<String, Object> m = profileValues.computeIfAbsent(pv.profile().id(), k -> new TreeMap<>());
                for (Map.Entry<ParameterKey<?>, Object> e : pv.values().entrySet()) {
                    ParameterDefinition<?> d = defs.get(e.getKey().name());
                    if (d == null) {
                        throw new IllegalStateException("profile " + pv.profile().id() + " sets undefined parameter "
                                + e.getKey().name());
                    }
                    checkObject(d, e.getValue(), "profiles." + pv.profile().id() + "." + d.name());
                    m.put(d.name(), e.getValue());
                }
            }
        }
        return new PolicyParameters(Collections.unmodifiableMap(defs), Collections.unmodifiableMap(profiles),
                Collections.unmodifiableMap(profileValues), List.of(), OverrideSet.empty());
    }

    @SuppressWarnings("unchecked")
    private static <T> void checkObject(ParameterDefinition<T> d, Object value, String path) {
        d.check((T) value, path);
    }

    /**
     * Adds local layers: profile adoptions and overrides, checked against the definitions.
     *
     * @param set the adoptions and overrides, not null
     * @return new parameters, not null
     * @throws InvalidInputException listing every unknown profile, unknown parameter, ill-typed or
     *     out-of-bounds value; nothing is added when any is found
     */
    public PolicyParameters with(OverrideSet set) {
        Violations v = new Violations();
        List<Layer> added = new ArrayList<>();
        for (int i = 0; i < set.adoptions().size(); i++) {
            ProfileAdoption a = set.adoptions().get(i);
            if (!profiles.containsKey(a.profileId())) {
                v.add(Violation.of("adoptions[" + i + "].profileId", "unknown profile; known profiles are "
                        + profiles.keySet(), a.profileId()));
                continue;
            }
            added.add(new Layer(new Provenance(LayerKind.PROFILE, a.jurisdiction(), a.effectiveFrom(),
                    a.profileId() + " " + profiles.get(a.profileId()).title()), profileValues.get(a.profileId())));
        }
        for (int i = 0; i < set.overrides().size(); i++) {
            ParameterOverride o = set.overrides().get(i);
            Map<String, Object> parsed = new TreeMap<>();
            for (Map.Entry<String, String> e : o.values().entrySet()) {
                String path = "overrides[" + i + "].values." + e.getKey();
                ParameterDefinition<?> d = definitions.get(e.getKey());
                if (d == null) {
                    v.add(Violation.of(path, "unknown parameter; see the rule catalog for the parameters of each module",
                            e.getKey()));
                    continue;
                }
                try {
                    parsed.put(e.getKey(), d.parseChecked(e.getValue(), path));
                } catch (InvalidInputException ex) {
                    ex.violations().forEach(v::add);
                }
            }
            added.add(new Layer(new Provenance(LayerKind.OVERRIDE, o.jurisdiction(), o.effectiveFrom(),
                    o.source().orElse(null)), Collections.unmodifiableMap(parsed)));
        }
        if (!v.isEmpty()) {
            LOG.debug("override set rejected: {}", v.list());
        }
        v.throwIfAny();
        LOG.debug("added {} profile adoptions and {} override layers", set.adoptions().size(), set.overrides().size());
        List<Layer> all = new ArrayList<>(layers);
        all.addAll(added);
        return new PolicyParameters(definitions, profiles, profileValues, all, overrides.plus(set));
    }

    /**
     * Adopts a profile for a jurisdiction from a date.
     *
     * @param jurisdiction who adopts, not null
     * @param profile the profile, not null
     * @param effectiveFrom the first day in force, not null
     * @return new parameters, not null
     */
    public PolicyParameters adopt(Jurisdiction jurisdiction, LocalProfile profile, LocalDate effectiveFrom) {
        return with(OverrideSet.empty().with(ProfileAdoption.of(jurisdiction, profile.id(), effectiveFrom)));
    }

    /**
     * Sets one value for a jurisdiction from a date.
     *
     * @param <T> the value type
     * @param jurisdiction who sets it, not null
     * @param effectiveFrom the first day in force, not null
     * @param key the parameter, not null
     * @param value the value, not null
     * @return new parameters, not null
     */
    public <T> PolicyParameters override(Jurisdiction jurisdiction, LocalDate effectiveFrom, ParameterKey<T> key,
            T value) {
        return with(OverrideSet.empty().with(ParameterOverride.of(jurisdiction, effectiveFrom).with(key, value)));
    }

    /**
     * Resolves every parameter for a jurisdiction on a date.
     *
     * @param jurisdiction the jurisdiction, not null
     * @param date the as-of date, not null
     * @return the values in force with their layers, not null
     * @throws InvalidInputException when a parameter's winning layer is in conflict with another
     */
    public ResolvedParameters resolve(Jurisdiction jurisdiction, LocalDate date) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        Map<String, Object> values = new HashMap<>();
        Map<String, Provenance> provenance = new HashMap<>();
        Violations v = new Violations();
        for (ParameterDefinition<?> d : definitions.values()) {
            String name = d.name();
            Object best = null;
            Provenance bestFrom = null;
            for (DatedValue<?> dv : d.baseline()) {
                if (!dv.effectiveFrom().isAfter(date)) {
                    best = dv.value();
                    bestFrom = new Provenance(LayerKind.NATIONAL_BASELINE, null, dv.effectiveFrom(),
                            d.citation().map(Object::toString).orElse(null));
                }
            }
            Layer tie = null;
            for (Layer l : layers) {
                Provenance p = l.provenance;
                if (!l.values.containsKey(name) || p.effectiveFrom().isAfter(date)
                        || !p.jurisdiction().orElseThrow().contains(jurisdiction)) {
                    continue;
                }
                int c = bestFrom == null ? 1 : compareRank(p, bestFrom);
                if (c > 0) {
                    best = l.values.get(name);
                    bestFrom = p;
                    tie = null;
                } else if (c == 0 && !l.values.get(name).equals(best)) {
                    tie = l;
                }
            }
            if (tie != null) {
                v.add(Violation.of("parameters." + name, "conflicting values from " + bestFrom + " and "
                        + tie.provenance + "; withdraw one of them", d.key().type().formatObject(best) + " / "
                        + d.key().type().formatObject(tie.values.get(name))));
            }
            if (best != null) {
                values.put(name, best);
                provenance.put(name, bestFrom);
            }
        }
        v.throwIfAny();
        return new ResolvedParameters(jurisdiction, date, values, provenance, definitions);
    }

    /** Orders layers: deeper jurisdiction, then later date, then override over profile. */
    private static int compareRank(Provenance a, Provenance b) {
        int c = Integer.compare(a.depth(), b.depth());
        if (c == 0) {
            c = a.effectiveFrom().compareTo(b.effectiveFrom());
        }
        if (c == 0) {
            c = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
        }
        return c;
    }

    /**
     * Every pair of local layers of the same jurisdiction, kind and date that set different values.
     *
     * @return the conflicts, not null
     */
    public List<ParameterConflict> conflicts() {
        List<ParameterConflict> found = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (int j = i + 1; j < layers.size(); j++) {
                Provenance a = layers.get(i).provenance;
                Provenance b = layers.get(j).provenance;
                if (!a.jurisdiction().equals(b.jurisdiction()) || a.kind() != b.kind()
                        || !a.effectiveFrom().equals(b.effectiveFrom())) {
                    continue;
                }
                for (Map.Entry<String, Object> e : layers.get(i).values.entrySet()) {
                    Object other = layers.get(j).values.get(e.getKey());
                    if (other != null && !other.equals(e.getValue())) {
                        ParameterDefinition<?> d = definitions.get(e.getKey());
                        found.add(new ParameterConflict(e.getKey(), List.of(a, b),
                                List.of(d.key().type().formatObject(e.getValue()), d.key().type().formatObject(other))));
                    }
                }
            }
        }
        return found;
    }

    /** @return every parameter definition, ordered by name, not null */
    public List<ParameterDefinition<?>> definitions() {
        return new ArrayList<>(new TreeMap<>(definitions).values());
    }

    /** @return the known local profiles, ordered by id, not null */
    public List<LocalProfile> profiles() {
        return new ArrayList<>(profiles.values());
    }

    /** @return the adoptions and overrides added so far, as published, not null */
    public OverrideSet overrides() {
        return overrides;
    }
}
