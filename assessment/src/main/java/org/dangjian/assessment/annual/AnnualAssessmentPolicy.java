package org.dangjian.assessment.annual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.scorecard.Indicator;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.assessment.scorecard.ScorecardResult;
import org.dangjian.assessment.scorecard.ScoringKind;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.validation.Violations;

/**
 * The annual 100-point assessment of jurisdictions (seed 003): each target of the responsibility letter earns
 * its points in proportion to completion (ASM-ANNU-001), a bonus per unit over it (ASM-ANNU-002) and a
 * deduction per unit short of it with public criticism (ASM-ANNU-003), each capped as the letter says; the
 * jurisdictions are ranked and aired (ASM-ANNU-004); the best is commended and the worst criticised with a
 * deadline to correct (ASM-ANNU-005, seed 002).
 *
 * <pre>{@code
 * AnnualAssessmentPolicy annual = AnnualAssessmentPolicy.of(letter);
 * annual.assess(results).value();           // 430102001 93.5（完成90 加分5 扣分1.5）
 * annual.rank(allResults).value().render(Language.ZH);
 * }</pre>
 *
 * <p>The figures are the letter's, so no parameter is read. This class is immutable and thread-safe.
 */
public final class AnnualAssessmentPolicy {
    private final ResponsibilityLetter letter;
    private final Scorecard card;

    private AnnualAssessmentPolicy(ResponsibilityLetter letter) {
        this.letter = letter;
        this.card = letter.toScorecard();
    }

    /**
     * The policy of a letter.
     *
     * @param letter the responsibility letter, not null
     * @return the policy, not null
     */
    public static AnnualAssessmentPolicy of(ResponsibilityLetter letter) {
        return new AnnualAssessmentPolicy(Objects.requireNonNull(letter, "letter"));
    }

    /** @return the letter, not null */
    public ResponsibilityLetter letter() {
        return letter;
    }

    private AnnualScore score(JurisdictionResults r) {
        ScorecardInput.Builder in = ScorecardInput.builder().subject(r.getJurisdiction().toString());
        List<TargetItem> short_ = new ArrayList<>();
        for (TargetLine l : letter.getLines()) {
            int actual = r.actual(l.getItem());
            String id = l.getItem().indicatorId();
            in.putMeasures(id, Points.of(actual));
            if (l.getBonusPerUnit().isPresent()) {
                in.putMeasures(id + ".bonus", Points.of(Math.max(0, actual - l.getTarget())));
            }
            if (l.getDeductionPerUnit().isPresent()) {
                in.putMeasures(id + ".deduction", Points.of(Math.max(0, l.getTarget() - actual)));
            }
            if (actual < l.getTarget()) {
                short_.add(l.getItem());
            }
        }
        ScorecardResult res = card.score(in.build());
        long completion = 0;
        long bonus = 0;
        long deduction = 0;
        List<Indicator> inds = card.getIndicators();
        for (int i = 0; i < inds.size(); i++) {
            long p = res.pointsOf(i).hundredths();
            ScoringKind k = inds.get(i).getKind();
            if (k == ScoringKind.BONUS) {
                bonus += p;
            } else if (k == ScoringKind.PENALTY) {
                deduction -= p;
            } else {
                completion += p;
            }
        }
        return new AnnualScore(r, res, Points.ofHundredths(completion), Points.ofHundredths(bonus),
                Points.ofHundredths(deduction), short_);
    }

    /**
     * Scores one jurisdiction.
     *
     * @param results what it achieved, not null
     * @return {@code COMPLIANT} when every target was reached, else {@code NON_COMPLIANT} (criticised); the value
     *     is the score; a reason per target, not null
     */
    public Decision<AnnualScore> assess(JurisdictionResults results) {
        AnnualScore s = score(Objects.requireNonNull(results, "results"));
        List<Reason> reasons = new ArrayList<>();
        List<Indicator> inds = card.getIndicators();
        for (TargetLine l : letter.getLines()) {
            int actual = results.actual(l.getItem());
            String id = l.getItem().indicatorId();
            reasons.add(Reason.of(AssessmentRules.ANNU_COMPLETION, "annual.completion").with("item", l.getItem().label())
                    .with("itemEn", l.getItem().name()).with("actual", actual).with("target", l.getTarget())
                    .with("points", pointsOf(s, inds, id)).with("max", l.getPoints()));
            if (actual > l.getTarget() && l.getBonusPerUnit().isPresent()) {
                reasons.add(Reason.of(AssessmentRules.ANNU_BONUS, "annual.bonus").with("item", l.getItem().label())
                        .with("itemEn", l.getItem().name()).with("extra", actual - l.getTarget())
                        .with("points", pointsOf(s, inds, id + ".bonus")).with("cap", l.getBonusCap().get()));
            }
            if (actual < l.getTarget()) {
                Points d = l.getDeductionPerUnit().isPresent() ? pointsOf(s, inds, id + ".deduction").negated()
                        : Points.ZERO;
                reasons.add(Reason.of(AssessmentRules.ANNU_SHORTFALL, "annual.shortfall").with("item", l.getItem().label())
                        .with("itemEn", l.getItem().name()).with("missing", l.getTarget() - actual).with("points", d));
            }
        }
        reasons.add(Reason.of(AssessmentRules.CARD_TOTAL, "annual.total").with("total", s.total())
                .with("completion", s.completion()).with("bonus", s.bonus()).with("deduction", s.deduction()));
        return Decision.of(s.isCriticised() ? Outcome.NON_COMPLIANT : Outcome.COMPLIANT, s, reasons);
    }

    private static Points pointsOf(AnnualScore s, List<Indicator> inds, String id) {
        for (int i = 0; i < inds.size(); i++) {
            if (inds.get(i).getId().equals(id)) {
                return s.card().pointsOf(i);
            }
        }
        return Points.ZERO;
    }

    /** Best first; ties by division code, so the order is total. */
    private static final Comparator<AnnualScore> RANKING = Comparator
            .comparing(AnnualScore::total, Comparator.reverseOrder())
            .thenComparing(s -> s.jurisdiction().toString());

    /**
     * Ranks jurisdictions and builds the “晾晒” table.
     *
     * @param results one entry per jurisdiction, any order, not null
     * @return {@code DETERMINED} with the table; reasons for the ranking, the commended and the criticised, not null
     * @throws org.dangjian.core.validation.InvalidInputException when a jurisdiction is listed twice
     */
    public Decision<AiringTable> rank(List<JurisdictionResults> results) {
        Objects.requireNonNull(results, "results");
        Violations v = new Violations();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            v.check(seen.add(results.get(i).getJurisdiction().toString()), "results[" + i + "].jurisdiction",
                    "jurisdiction listed twice", results.get(i).getJurisdiction());
        }
        v.throwIfAny();
        List<AnnualScore> scores = new ArrayList<>(results.size());
        for (JurisdictionResults r : results) {
            scores.add(score(r));
        }
        scores.sort(RANKING);
        AiringTable t = new AiringTable(letter.getYear(), scores);
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(AssessmentRules.ANNU_RANKING, "annual.ranking").with("count", scores.size())
                .with("year", letter.getYear()));
        for (int i = 0; i < scores.size(); i++) {
            AnnualScore s = scores.get(i);
            if (t.isCommended(i)) {
                reasons.add(Reason.of(AssessmentRules.ANNU_ACCEPTANCE, "annual.commended").with("name", s.results().getName())
                        .with("total", s.total()));
            } else if (t.isCriticised(i)) {
                reasons.add(Reason.of(s.isCriticised() ? AssessmentRules.ANNU_SHORTFALL : AssessmentRules.ANNU_ACCEPTANCE,
                        "annual.criticised").with("name", s.results().getName()).with("total", s.total())
                        .with("rank", i + 1));
            }
        }
        return Decision.determined(t, reasons);
    }
}
