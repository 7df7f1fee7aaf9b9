package org.dangjian.assessment.weak;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of the weak-and-lax check of one Party organization: the criteria that held and those that could
 * not be judged for lack of data.
 *
 * <pre>{@code
 * WeakAndLaxFinding f = policy.assess(facts, asOf).value();
 * f.isFlagged();          // true
 * f.getHeld();            // [SECRETARY_VACANT]
 * f.getUndetermined();    // [LOW_SATISFACTION]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeakAndLaxFinding.class)
@JsonDeserialize(as = ImmutableWeakAndLaxFinding.class)
public abstract class WeakAndLaxFinding {

    /** @return the Party organization's id, not null */
    public abstract String getOrganizationId();

    /** @return the criteria that held, in list order, not null */
    public abstract List<WeakAndLaxCriterion> getHeld();

    /** @return the criteria that could not be judged, in list order, not null */
    public abstract List<WeakAndLaxCriterion> getUndetermined();

    /** @return whether any criterion held: the organization is weak and lax */
    public boolean isFlagged() {
        return !getHeld().isEmpty();
    }

    /**
     * A finding.
     *
     * @param organizationId the organization's id, not null
     * @param held the criteria that held, not null
     * @param undetermined the criteria not judged, not null
     * @return the finding, not null
     */
    public static WeakAndLaxFinding of(String organizationId, List<WeakAndLaxCriterion> held,
            List<WeakAndLaxCriterion> undetermined) {
        return ImmutableWeakAndLaxFinding.builder().organizationId(organizationId).held(held)
                .undetermined(undetermined).build();
    }

    /** @return the held criteria, such as {@code [SECRETARY_VACANT]} */
    @Override
    public String toString() {
        return getHeld().toString();
    }
}
