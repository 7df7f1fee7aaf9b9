package org.dangjian.assessment.scorecard;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * One indicator of a {@link Scorecard}: what is measured, how many points it carries and how the measured value
 * becomes points.
 *
 * <pre>{@code
 * Indicator.builder().id("life").title("“三会一课”落实率").kind(ScoringKind.LINEAR)
 *         .maxPoints(Points.of(10)).zeroAt(Points.ZERO).fullAt(Points.of(100)).build();      // % of periods met
 * Indicator.builder().id("dues").title("党费收缴").kind(ScoringKind.DEDUCTION)
 *         .maxPoints(Points.of(10)).perItem(Points.of(2)).cap(Points.of(10)).build();  // 2 off per member unpaid
 * Indicator.builder().id("brand").title("党建品牌").kind(ScoringKind.BONUS)
 *         .perItem(Points.of(5)).cap(Points.of(10)).build();                          // up to 10 on top
 * }</pre>
 *
 * <p>Invariants (all reported together): the id is letters, digits, {@code . _ -}; the title is not blank; a
 * threshold, linear or deduction indicator has positive {@code maxPoints}; thresholds have steps in strictly
 * ascending order, each worth 0 to {@code maxPoints} and no less than the step below; a linear indicator has distinct {@code zeroAt} and
 * {@code fullAt}; a deduction has a positive {@code perItem} and a {@code cap} (default {@code maxPoints}) of at
 * most {@code maxPoints}; a bonus or penalty has no {@code maxPoints}, a positive {@code perItem} and a positive
 * {@code cap}; no indicator carries settings of another kind. This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** @return the id, unique in its scorecard, not null */
    public abstract String getId();

    /** @return the title, not blank */
    public abstract String getTitle();

    /** @return the group it belongs to (a dimension, such as {@code 党建强}), not null */
    public abstract Optional<String> getGroup();

    /** @return the scoring rule, not null */
    public abstract ScoringKind getKind();

    /** @return the points it carries in the base (0 for bonus and penalty indicators), not null */
    @Value.Default
    public Points getMaxPoints() {
        return Points.ZERO;
    }

    /** @return the steps of a threshold indicator, ascending, not null */
    public abstract List<ThresholdStep> getSteps();

    /** @return the value worth no points, for a linear indicator, not null */
    public abstract Optional<Points> getZeroAt();

    /** @return the value worth all points, for a linear indicator, not null */
    public abstract Optional<Points> getFullAt();

    /** @return the points per item, for a deduction, bonus or penalty, not null */
    public abstract Optional<Points> getPerItem();

    /** @return the most points deducted, added or taken off, not null */
    public abstract Optional<Points> getCap();

    /** @return the most this indicator adds to the total, not null */
    public Points maxContribution() {
        switch (getKind()) {
            case BONUS:
                return getCap().orElse(Points.ZERO);
            case PENALTY:
                return Points.ZERO;
            default:
                return getMaxPoints();
        }
    }

    /** @return the least this indicator adds to the total (negative for a penalty), not null */
    public Points minContribution() {
        return getKind() == ScoringKind.PENALTY ? getCap().orElse(Points.ZERO).negated() : Points.ZERO;
    }

    /** @return the cap of a deduction: its {@code cap}, else its {@code maxPoints}, not null */
    public Points deductionCap() {
        return getCap().orElse(getMaxPoints());
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Indicator}. */
    public static class Builder extends ImmutableIndicator.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(ID.matcher(getId()).matches(), "id", "an indicator id is 1 to 64 letters, digits, '.', '_' or '-'",
                getId());
        v.check(!getTitle().isBlank(), "title", "must not be blank", getTitle());
        ScoringKind k = getKind();
        if (k.isBase()) {
            v.check(getMaxPoints().isPositive(), "maxPoints", "a " + k + " indicator carries positive points",
                    getMaxPoints());
        } else {
            v.check(getMaxPoints().isZero(), "maxPoints",
                    "a " + k + " indicator adds outside the base; set its cap instead of maxPoints", getMaxPoints());
        }
        v.check(k == ScoringKind.THRESHOLD || getSteps().isEmpty(), "steps", "only a THRESHOLD indicator has steps",
                getSteps().size());
        v.check(k == ScoringKind.LINEAR || (getZeroAt().isEmpty() && getFullAt().isEmpty()), "zeroAt",
                "only a LINEAR indicator has zeroAt and fullAt", getZeroAt().orElse(null));
        v.check(k.countsItems() || (getPerItem().isEmpty() && getCap().isEmpty()), "perItem",
                "only DEDUCTION, BONUS and PENALTY indicators have perItem and cap", getPerItem().orElse(null));
        switch (k) {
            case THRESHOLD:
                v.check(!getSteps().isEmpty(), "steps", "a THRESHOLD indicator needs at least one step", null);
                for (int i = 0; i < getSteps().size(); i++) {
                    ThresholdStep s = getSteps().get(i);
                    v.check(!s.getPoints().isNegative() && s.getPoints().compareTo(getMaxPoints()) <= 0,
                            "steps[" + i + "].points", "must be between 0 and maxPoints " + getMaxPoints(),
                            s.getPoints());
                    if (i > 0) {
                        v.check(getSteps().get(i - 1).getAtLeast().compareTo(s.getAtLeast()) < 0,
                                "steps[" + i + "].atLeast", "steps must rise strictly; list them lowest first",
                                s.getAtLeast());
                        v.check(getSteps().get(i - 1).getPoints().compareTo(s.getPoints()) <= 0,
                                "steps[" + i + "].points", "a higher step earns at least the points of a lower one",
                                s.getPoints());
                    }
                }
                break;
            case LINEAR:
                v.check(getZeroAt().isPresent(), "zeroAt", "a LINEAR indicator needs the value worth no points", null);
                v.check(getFullAt().isPresent(), "fullAt", "a LINEAR indicator needs the value worth all points", null);
                if (getZeroAt().isPresent() && getFullAt().isPresent()) {
                    v.check(!getZeroAt().get().equals(getFullAt().get()), "fullAt", "must differ from zeroAt", getFullAt().get());
                }
                break;
            case DEDUCTION:
                checkPerItem(v);
                getCap().ifPresent(c -> v.check(c.isPositive() && c.compareTo(getMaxPoints()) <= 0, "cap",
                        "a deduction cap is positive and at most maxPoints " + getMaxPoints(), c));
                break;
            default:
                checkPerItem(v);
                v.check(getCap().isPresent() && getCap().get().isPositive(), "cap",
                        "a " + k + " indicator needs a positive cap", getCap().orElse(null));
                break;
        }
        v.throwIfAny();
    }

    private void checkPerItem(Violations v) {
        v.check(getPerItem().isPresent() && getPerItem().get().isPositive(), "perItem",
                "a " + getKind() + " indicator needs positive points per item", getPerItem().orElse(null));
    }
}
