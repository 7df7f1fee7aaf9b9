package org.dangjian.assessment.annual;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * What a jurisdiction achieved in the year: the count per target item.
 *
 * <pre>{@code
 * JurisdictionResults.of(Jurisdiction.of("430102001"), Map.of(TargetItem.NEW_PARTY_ORGANIZATIONS, 12));
 * }</pre>
 *
 * <p>An item not listed counts 0. Counts are not negative. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJurisdictionResults.class)
@JsonDeserialize(as = ImmutableJurisdictionResults.class)
public abstract class JurisdictionResults {

    /** @return the jurisdiction, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return its name, for the table, not null */
    @Value.Default
    public String getName() {
        return getJurisdiction().toString();
    }

    /** @return the count achieved per item, not null */
    public abstract Map<TargetItem, Integer> getActuals();

    /**
     * Results.
     *
     * @param jurisdiction the jurisdiction, not null
     * @param actuals the count per item, not null
     * @return the results, not null
     */
    public static JurisdictionResults of(Jurisdiction jurisdiction, Map<TargetItem, Integer> actuals) {
        return ImmutableJurisdictionResults.builder().jurisdiction(jurisdiction).actuals(actuals).build();
    }

    /**
     * The count of an item.
     *
     * @param item the item, not null
     * @return the count, 0 when not listed
     */
    public int actual(TargetItem item) {
        return getActuals().getOrDefault(item, 0);
    }

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        getActuals().forEach((k, n) -> v.check(n >= 0, "actuals." + k, "must not be negative", n));
        v.throwIfAny();
    }
}
