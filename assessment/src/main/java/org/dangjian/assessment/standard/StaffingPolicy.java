package org.dangjian.assessment.standard;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Rule;

/**
 * Checks full-time Party staffing against the norms of seed 004: national-level parks 3–5 (ASM-STAFF-001),
 * provincial parks 2–3 (ASM-STAFF-002), street general committees at least one full-time deputy secretary or
 * worker (ASM-STAFF-003). Below the minimum is non-compliant; above the normal maximum is compliant with a
 * note. The norms are a local profile; without them the decision is {@code INSUFFICIENT_DATA}.
 *
 * <pre>{@code
 * StaffingPolicy.of(resolved).assess(StaffedUnit.NATIONAL_PARK, 2);   // NON_COMPLIANT: 3 needed
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StaffingPolicy {
    private final ResolvedParameters parameters;

    private StaffingPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static StaffingPolicy of(ResolvedParameters parameters) {
        return new StaffingPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Checks a unit's staffing.
     *
     * @param unit the unit, not null
     * @param fullTimeStaff its full-time Party staff, not negative
     * @return {@code COMPLIANT}, {@code NON_COMPLIANT} or {@code INSUFFICIENT_DATA}; the value is the shortfall
     *     (0 when none), not null
     * @throws IllegalArgumentException when the staff count is negative
     */
    public Decision<Integer> assess(StaffedUnit unit, int fullTimeStaff) {
        if (fullTimeStaff < 0) {
            throw new IllegalArgumentException("full-time staff must not be negative: " + fullTimeStaff);
        }
        Rule rule;
        ParameterKey<Integer> minKey;
        ParameterKey<Integer> maxKey;
        switch (unit) {
            case NATIONAL_PARK:
                rule = AssessmentRules.STAFF_NATIONAL_PARK;
                minKey = AssessmentParameters.NATIONAL_PARK_MIN_STAFF;
                maxKey = AssessmentParameters.NATIONAL_PARK_MAX_STAFF;
                break;
            case PROVINCIAL_PARK:
                rule = AssessmentRules.STAFF_PROVINCIAL_PARK;
                minKey = AssessmentParameters.PROVINCIAL_PARK_MIN_STAFF;
                maxKey = AssessmentParameters.PROVINCIAL_PARK_MAX_STAFF;
                break;
            default:
                rule = AssessmentRules.STAFF_STREET;
                minKey = AssessmentParameters.STREET_COMMITTEE_MIN_STAFF;
                maxKey = null;
                break;
        }
        Optional<Integer> min = parameters.find(minKey);
        if (min.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(rule, "staff.noNorm").with("unit", unit.label())
                    .with("unitEn", unit.name()).with("parameter", minKey.name())));
        }
        Optional<Integer> max = maxKey == null ? Optional.empty() : parameters.find(maxKey);
        int shortfall = Math.max(0, min.get() - fullTimeStaff);
        String key = shortfall > 0 ? "staff.short" : max.isPresent() && fullTimeStaff > max.get() ? "staff.above"
                : "staff.within";
        Reason r = Reason.of(rule, key).with("unit", unit.label()).with("unitEn", unit.name())
                .with("staff", fullTimeStaff).with("min", min.get()).with("max", max.map(String::valueOf).orElse("—"))
                .read(minKey.name(), min.get());
        if (max.isPresent()) {
            r = r.read(maxKey.name(), max.get());
        }
        return Decision.of(shortfall > 0 ? Outcome.NON_COMPLIANT : Outcome.COMPLIANT, shortfall, r);
    }
}
