package org.dangjian.examples.county;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.ParameterOverride;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ProfileAdoption;
import org.dangjian.core.parameter.ResolvedParameters;

/**
 * The sample county's parameters in layers: the national baseline of every module on the class path, the city's
 * adoption of the seed-004 profile (长沙市两新工委 2022年工作要点), and the county's own overrides, read from
 * {@value #RESOURCE} with {@link DangjianJson#readOverrides(String)}.
 *
 * <pre>{@code
 * CountyParameters p = CountyParameters.load();
 * ResolvedParameters r = p.resolve(SampleCountyGenerator.COUNTY, LocalDate.of(2025, 12, 31));
 * r.report().forEach(System.out::println);     // each value with the layer it came from
 * }</pre>
 *
 * <p>Values for parameters that no module on the class path defines (a module not yet built) are set aside and
 * listed in {@link #ignored()} instead of failing the whole file. This class is immutable and thread-safe.
 */
public final class CountyParameters {
    /** The class-path resource holding the county's overrides. */
    public static final String RESOURCE = "/org/dangjian/examples/county-overrides.json";

    private final PolicyParameters parameters;
    private final OverrideSet applied;
    private final List<String> ignored;

    private CountyParameters(PolicyParameters parameters, OverrideSet applied, List<String> ignored) {
        this.parameters = parameters;
        this.applied = applied;
        this.ignored = List.copyOf(ignored);
    }

    /**
     * Loads the county's overrides from the class path onto the national baseline.
     *
     * @return the layered parameters, not null
     */
    public static CountyParameters load() {
        return load(readResource(), PolicyParameters.nationalBaseline());
    }

    /**
     * Loads overrides onto a baseline.
     *
     * @param json the override document, not null
     * @param baseline the parameters to add layers to, not null
     * @return the layered parameters, not null
     * @throws org.dangjian.core.validation.InvalidInputException when the document is malformed or a known
     *     parameter has a bad value
     */
    public static CountyParameters load(String json, PolicyParameters baseline) {
        OverrideSet set = DangjianJson.readOverrides(json);
        Set<String> defined = baseline.definitions().stream().map(ParameterDefinition::name)
                .collect(Collectors.toSet());
        Set<String> profiles = baseline.profiles().stream().map(LocalProfile::id).collect(Collectors.toSet());
        List<String> ignored = new ArrayList<>();
        OverrideSet kept = OverrideSet.empty();
        for (ProfileAdoption a : set.adoptions()) {
            if (profiles.contains(a.profileId())) {
                kept = kept.with(a);
            } else {
                ignored.add("profile " + a.profileId());
            }
        }
        for (ParameterOverride o : set.overrides()) {
            ParameterOverride k = ParameterOverride.of(o.jurisdiction(), o.effectiveFrom());
            for (Map.Entry<String, String> e : o.values().entrySet()) {
                if (defined.contains(e.getKey())) {
                    k = k.with(e.getKey(), e.getValue());
                } else {
                    ignored.add(e.getKey());
                }
            }
            if (o.source().isPresent()) {
                k = k.withSource(o.source().get());
            }
            kept = kept.with(k);
        }
        return new CountyParameters(baseline.with(kept), kept, ignored);
    }

    /**
     * Reads {@value #RESOURCE}.
     *
     * @return the document, not null
     */
    public static String readResource() {
        try (InputStream in = CountyParameters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the layered parameters, not null */
    public PolicyParameters parameters() {
        return parameters;
    }

    /** @return the adoptions and overrides that were applied, not null */
    public OverrideSet applied() {
        return applied;
    }

    /** @return the profiles and parameters of the file that no module on the class path defines, not null */
    public List<String> ignored() {
        return ignored;
    }

    /**
     * Resolves the parameters for a jurisdiction on a date.
     *
     * @param jurisdiction the jurisdiction, not null
     * @param date the as-of date, not null
     * @return the values in force with their layers, not null
     */
    public ResolvedParameters resolve(Jurisdiction jurisdiction, LocalDate date) {
        return parameters.resolve(jurisdiction, date);
    }
}
