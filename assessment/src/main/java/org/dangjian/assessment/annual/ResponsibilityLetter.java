package org.dangjian.assessment.annual;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.assessment.scorecard.Indicator;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScoringKind;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The yearly responsibility letter (目标责任书) of the annual 100-point assessment (seed 003): the targets set
 * for each jurisdiction, with the points, bonuses and deductions of each.
 *
 * <pre>{@code
 * ResponsibilityLetter letter = ResponsibilityLetter.builder().year(2026).basePoints(Points.of(100))
 *         .addLines(newOrganizations, serviceCentres, brands …).build();
 * letter.toScorecard();   // a LINEAR indicator per target, a BONUS and a PENALTY where the letter sets them
 * }</pre>
 *
 * <p>Invariants (all reported together): at least one line; each item once; the lines' points add up to the
 * base points. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableResponsibilityLetter.class)
@JsonDeserialize(as = ImmutableResponsibilityLetter.class)
public abstract class ResponsibilityLetter {

    /** @return the year */
    public abstract int getYear();

    /** @return the points of the targets together, such as 100, not null */
    public abstract Points getBasePoints();

    /** @return the targets, not null */
    public abstract List<TargetLine> getLines();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ResponsibilityLetter}. */
    public static class Builder extends ImmutableResponsibilityLetter.Builder {}

    /**
     * The letter as a scorecard: per target a LINEAR indicator from 0 to the target, and a BONUS
     * ({@code <item>.bonus}) and a PENALTY ({@code <item>.deduction}) where the letter sets them.
     *
     * @return the scorecard, not null
     */
    @Value.Lazy
    public Scorecard toScorecard() {
        Scorecard.Builder b = Scorecard.builder().id("annual-" + getYear()).title(getYear() + "年度党建目标百分考核")
                .basePoints(getBasePoints());
        for (TargetLine l : getLines()) {
            String id = l.getItem().indicatorId();
            b.addIndicators(Indicator.builder().id(id).title(l.getItem().label()).group(l.getItem().name())
                    .kind(ScoringKind.LINEAR).maxPoints(l.getPoints()).zeroAt(Points.ZERO)
                    .fullAt(Points.of(l.getTarget())).build());
            if (l.getBonusPerUnit().isPresent()) {
                b.addIndicators(Indicator.builder().id(id + ".bonus").title(l.getItem().label() + "超额完成加分")
                        .group(l.getItem().name()).kind(ScoringKind.BONUS).perItem(l.getBonusPerUnit().get())
                        .cap(l.getBonusCap().get()).build());
            }
            if (l.getDeductionPerUnit().isPresent()) {
                b.addIndicators(Indicator.builder().id(id + ".deduction").title(l.getItem().label() + "未完成扣分")
                        .group(l.getItem().name()).kind(ScoringKind.PENALTY).perItem(l.getDeductionPerUnit().get())
                        .cap(l.getDeductionCap().get()).build());
            }
        }
        return b.build();
    }

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(getYear() >= 1921 && getYear() <= 9999, "year", "between 1921 and 9999", getYear());
        v.check(!getLines().isEmpty(), "lines", "a letter sets at least one target", null);
        Set<TargetItem> seen = new HashSet<>();
        long sum = 0;
        for (int i = 0; i < getLines().size(); i++) {
            v.check(seen.add(getLines().get(i).getItem()), "lines[" + i + "].item", "each item once",
                    getLines().get(i).getItem());
            sum += getLines().get(i).getPoints().hundredths();
        }
        v.check(sum == getBasePoints().hundredths(), "lines", "the targets' points add up to " + Points.format(sum)
                + ", not to basePoints " + getBasePoints(), Points.format(sum));
        v.throwIfAny();
    }
}
