package org.dangjian.benchmarks.county;

import java.time.LocalDate;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.SampleCountyGenerator;

/**
 * The parameters every side reads: the examples' county overrides on the national baseline, with the grade-C
 * above-scale profile adopted so the above-scale lines of the report are not empty, resolved for 430102 on the
 * last day of the report year.
 */
public final class CountyPolicy {

    private CountyPolicy() {
    }

    /**
     * The resolved parameters of the sample county.
     *
     * @param county the county, not null
     * @return the parameters, not null
     */
    public static ResolvedParameters parameters(SampleCounty county) {
        return CountyParameters.load().parameters()
                .adopt(SampleCountyGenerator.COUNTY, CoverageRules.ABOVE_SCALE_PROFILE, LocalDate.of(2020, 1, 1))
                .resolve(county.county(), county.asOf());
    }
}
