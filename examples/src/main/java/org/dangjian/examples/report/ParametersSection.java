package org.dangjian.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.parameter.LayerKind;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.SampleCounty;

/** The parameters in force for the county on the as-of date, each with the layer it came from. */
final class ParametersSection {
    private ParametersSection() {}

    static Section of(SampleCounty county, CountyParameters parameters, Text t) {
        ResolvedParameters resolved = parameters.resolve(county.county(), county.asOf());
        List<Metric> local = new ArrayList<>();
        int set = 0;
        int total = 0;
        for (ResolvedParameters.Entry e : resolved.report()) {
            total++;
            if (e.value().isEmpty()) {
                continue;
            }
            set++;
            if (e.provenance().isPresent() && e.provenance().get().kind() != LayerKind.NATIONAL_BASELINE) {
                local.add(new Metric(e.name() + "（" + e.titleZh() + "）", e.value().get() + " ← "
                        + e.provenance().get()));
            }
        }
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric(t.get("parameters.defined"), String.valueOf(total)));
        metrics.add(new Metric(t.get("parameters.set"), String.valueOf(set)));
        metrics.add(new Metric(t.get("parameters.local"), String.valueOf(local.size())));
        metrics.addAll(local);
        for (String ignored : parameters.ignored()) {
            metrics.add(new Metric(t.get("parameters.ignored"), ignored));
        }
        return new Section("parameters", t.get("parameters.title"),
                t.get("parameters.summary", "resource", CountyParameters.RESOURCE), metrics, List.of(), List.of(), 0);
    }
}
