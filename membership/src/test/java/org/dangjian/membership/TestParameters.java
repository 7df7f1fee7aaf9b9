package org.dangjian.membership;

import java.time.LocalDate;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;

/** Parameters for tests: the national baseline, with a local profile or value where a test needs one. */
public final class TestParameters {
    /** 长沙市芙蓉区. */
    public static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    /** 长沙市. */
    public static final Jurisdiction CITY = Jurisdiction.of("430100");
    private static final PolicyParameters NATIONAL = PolicyParameters.nationalBaseline();

    private TestParameters() {}

    public static PolicyParameters national() {
        return NATIONAL;
    }

    public static ResolvedParameters on(LocalDate date) {
        return NATIONAL.resolve(COUNTY, date);
    }

    public static ResolvedParameters withProfile(LocalProfile profile, LocalDate date) {
        return NATIONAL.adopt(CITY, profile, LocalDate.of(2000, 1, 1)).resolve(COUNTY, date);
    }

    public static <T> ResolvedParameters with(ParameterKey<T> key, T value, LocalDate date) {
        return NATIONAL.override(COUNTY, LocalDate.of(2000, 1, 1), key, value).resolve(COUNTY, date);
    }
}
