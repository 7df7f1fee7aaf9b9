package org.dangjian.assessment.weak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.life.OrganizationalLifePolicyTest;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.money.Rate;

class WeakAndLaxProperties {
    private static final WeakAndLaxPolicy POLICY = WeakAndLaxPolicy.of(WeakAndLaxPolicyTest.TRIGGERS
            .resolve(OrganizationalLifePolicyTest.COUNTY, WeakAndLaxPolicyTest.AS_OF));

    @Provide
    Arbitrary<Optional<Boolean>> maybe() {
        return Arbitraries.of(Optional.empty(), Optional.of(true), Optional.of(false));
    }

    @Property(tries = 200)
    void flaggedExactlyWhenSomeCriterionHolds(@ForAll("maybe") Optional<Boolean> team,
            @ForAll("maybe") Optional<Boolean> paper, @ForAll("maybe") Optional<Boolean> infiltration,
            @ForAll("maybe") Optional<Boolean> publicOrder, @ForAll("maybe") Optional<Boolean> last,
            @ForAll("maybe") Optional<Boolean> elections) {
        WeakAndLaxFacts f = WeakAndLaxFacts.builder().organization(OrganizationalLifePolicyTest.branch(0, 0))
                .teamDisunited(team).lifeOnlyOnPaper(paper).infiltration(infiltration).publicOrderProblems(publicOrder)
                .lastInAnnualAssessment(last).electionsIrregular(elections).candidates(0).membersLongUnpaid(0)
                .satisfaction(Rate.percent(90)).build();
        var d = POLICY.assess(f, LocalDate.of(2026, 6, 30));
        WeakAndLaxFinding w = d.value();
        Set<WeakAndLaxCriterion> both = new HashSet<>(w.getHeld());
        both.retainAll(w.getUndetermined());
        assertTrue(both.isEmpty());
        assertEquals(!w.getHeld().isEmpty(), w.isFlagged());
        Outcome expected = w.isFlagged() ? Outcome.NON_COMPLIANT
                : w.getUndetermined().isEmpty() ? Outcome.COMPLIANT : Outcome.INSUFFICIENT_DATA;
        assertEquals(expected, d.outcome());
        assertEquals(WeakAndLaxCriterion.values().length + 1, d.reasons().size());
        assertEquals(AssessmentRules.WEAK_ANY, d.reasons().get(d.reasons().size() - 1).rule());
        assertEquals(team.orElse(false), w.getHeld().contains(WeakAndLaxCriterion.TEAM_DISUNITED));
        assertEquals(team.isEmpty(), w.getUndetermined().contains(WeakAndLaxCriterion.TEAM_DISUNITED));
    }
}
