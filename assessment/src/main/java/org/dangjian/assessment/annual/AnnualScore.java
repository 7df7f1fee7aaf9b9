package org.dangjian.assessment.annual;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.ScorecardResult;
import org.dangjian.core.code.Jurisdiction;

/**
 * The score of one jurisdiction in the annual assessment: completion points, bonus, deduction, total, the
 * targets it fell short of, and whether it is criticised.
 *
 * <pre>{@code
 * AnnualScore s = policy.assess(results).value();
 * s.total();        // 93.5
 * s.shortfalls();   // [BRANDS]
 * s.toString();     // 430102001 93.5（完成90 加分5 扣分1.5）
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AnnualScore {
    private final JurisdictionResults results;
    private final ScorecardResult card;
    private final Points completion;
    private final Points bonus;
    private final Points deduction;
    private final List<TargetItem> shortfalls;

    AnnualScore(JurisdictionResults results, ScorecardResult card, Points completion, Points bonus, Points deduction,
            List<TargetItem> shortfalls) {
        this.results = results;
        this.card = card;
        this.completion = completion;
        this.bonus = bonus;
        this.deduction = deduction;
        this.shortfalls = List.copyOf(shortfalls);
    }

    /** @return the jurisdiction, not null */
    @JsonProperty("jurisdiction")
    public Jurisdiction jurisdiction() {
        return results.getJurisdiction();
    }

    /** @return the jurisdiction's name, not null */
    @JsonProperty("name")
    public String name() {
        return results.getName();
    }

    /** @return the results scored, not null */
    public JurisdictionResults results() {
        return results;
    }

    /** @return the scorecard result with its breakdown, not null */
    public ScorecardResult card() {
        return card;
    }

    /** @return the points for completion, not null */
    @JsonProperty("completion")
    public Points completion() {
        return completion;
    }

    /** @return the bonus for over-completion, not null */
    @JsonProperty("bonus")
    public Points bonus() {
        return bonus;
    }

    /** @return the deduction for shortfall (not negative), not null */
    @JsonProperty("deduction")
    public Points deduction() {
        return deduction;
    }

    /** @return the total, not null */
    @JsonProperty("total")
    public Points total() {
        return card.total();
    }

    /** @return the targets not reached, in letter order, not null */
    @JsonProperty("shortfalls")
    public List<TargetItem> shortfalls() {
        return shortfalls;
    }

    /** @return whether it is criticised for a shortfall (seed 003) */
    @JsonProperty("criticised")
    public boolean isCriticised() {
        return !shortfalls.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnualScore s && s.results.equals(results) && s.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, toString());
    }

    /** @return such as {@code 430102001 93.5（完成90 加分5 扣分1.5）} */
    @Override
    public String toString() {
        return jurisdiction() + " " + total() + "（完成" + completion + " 加分" + bonus + " 扣分" + deduction + "）";
    }
}
