package org.dangjian.assessment.annual;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One target of a responsibility letter: the item, the count to reach, the points it carries, and the bonus per
 * unit over the target and the deduction per unit short of it, each with a cap, as the letter sets them.
 *
 * <pre>{@code
 * TargetLine.builder().item(TargetItem.NEW_PARTY_ORGANIZATIONS).target(10).points(Points.of(30))
 *         .bonusPerUnit(Points.of(1)).bonusCap(Points.of(5))
 *         .deductionPerUnit(Points.of(2)).deductionCap(Points.of(10)).build();
 * }</pre>
 *
 * <p>Invariants (all reported together): the target is at least 1; points are positive; a per-unit figure and
 * its cap are set together and are positive. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetLine.class)
@JsonDeserialize(as = ImmutableTargetLine.class)
public abstract class TargetLine {

    /** @return the item, not null */
    public abstract TargetItem getItem();

    /** @return the count to reach */
    public abstract int getTarget();

    /** @return the points for full completion, not null */
    public abstract Points getPoints();

    /** @return the bonus per unit over the target, not null */
    public abstract Optional<Points> getBonusPerUnit();

    /** @return the most bonus, not null */
    public abstract Optional<Points> getBonusCap();

    /** @return the deduction per unit short of the target, not null */
    public abstract Optional<Points> getDeductionPerUnit();

    /** @return the most deduction, not null */
    public abstract Optional<Points> getDeductionCap();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link TargetLine}. */
    public static class Builder extends ImmutableTargetLine.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(getTarget() >= 1, "target", "a target is at least 1", getTarget());
        v.check(getPoints().isPositive(), "points", "must be positive", getPoints());
        v.check(getBonusPerUnit().isPresent() == getBonusCap().isPresent(), "bonusCap",
                "set bonusPerUnit and bonusCap together", getBonusCap().orElse(null));
        v.check(getDeductionPerUnit().isPresent() == getDeductionCap().isPresent(), "deductionCap",
                "set deductionPerUnit and deductionCap together", getDeductionCap().orElse(null));
        getBonusPerUnit().ifPresent(p -> v.check(p.isPositive(), "bonusPerUnit", "must be positive", p));
        getBonusCap().ifPresent(p -> v.check(p.isPositive(), "bonusCap", "must be positive", p));
        getDeductionPerUnit().ifPresent(p -> v.check(p.isPositive(), "deductionPerUnit", "must be positive", p));
        getDeductionCap().ifPresent(p -> v.check(p.isPositive(), "deductionCap", "must be positive", p));
        v.throwIfAny();
    }
}
