package org.dangjian.assessment.standard;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;

/**
 * Checks a Party-building venue against the “六有” standard (ASM-VENUE-001, seed 001): the items the locality
 * lists must all be there. Without a list for the jurisdiction the decision is {@code INSUFFICIENT_DATA}.
 *
 * <pre>{@code
 * VenueStandardPolicy.of(resolved).assess(EnumSet.of(VenueItem.PLACE, VenueItem.SIGN, VenueItem.FLAG));
 * // NON_COMPLIANT, value [BOOKS, RULES, EQUIPMENT]: 缺少：有书报、有制度、有设备
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VenueStandardPolicy {
    private final Optional<Set<VenueItem>> required;

    private VenueStandardPolicy(Optional<Set<VenueItem>> required) {
        this.required = required;
    }

    /**
     * The policy in force for resolved parameters.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static VenueStandardPolicy of(ResolvedParameters parameters) {
        return new VenueStandardPolicy(parameters.find(AssessmentParameters.VENUE_REQUIRED_ITEMS));
    }

    /**
     * Checks a venue.
     *
     * @param present the items the venue has, not null
     * @return {@code COMPLIANT} with no missing items, {@code NON_COMPLIANT} with the missing items as the
     *     value, or {@code INSUFFICIENT_DATA} when the locality lists none, not null
     */
    public Decision<Set<VenueItem>> assess(Set<VenueItem> present) {
        Objects.requireNonNull(present, "present");
        if (required.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(AssessmentRules.VENUE, "venue.noStandard")
                    .with("parameter", AssessmentParameters.VENUE_REQUIRED_ITEMS.name())));
        }
        EnumSet<VenueItem> missing = EnumSet.noneOf(VenueItem.class);
        missing.addAll(required.get());
        missing.removeAll(present);
        String labels = missing.stream().map(VenueItem::label).collect(Collectors.joining("、"));
        Reason r = Reason.of(AssessmentRules.VENUE, missing.isEmpty() ? "venue.complete" : "venue.missing")
                .with("missing", labels).with("missingEn", missing)
                .read(AssessmentParameters.VENUE_REQUIRED_ITEMS.name(), required.get().stream().map(Enum::name)
                        .sorted().collect(Collectors.joining(",")));
        return Decision.of(missing.isEmpty() ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT,
                java.util.Collections.unmodifiableSet(missing), r);
    }
}
