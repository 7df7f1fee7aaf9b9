package org.dangjian.assessment.weak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.AssessmentRules;
import org.dangjian.assessment.life.OrganizationalLifePolicyTest;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class WeakAndLaxPolicyTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final PolicyParameters TRIGGERS = PolicyParameters.nationalBaseline()
            .adopt(OrganizationalLifePolicyTest.COUNTY, AssessmentRules.WEAK_AND_LAX_TRIGGERS, LocalDate.of(2020, 1, 1));

    static WeakAndLaxFacts.Builder clear(PartyOrganization org) {
        WeakAndLaxFacts.Builder b = WeakAndLaxFacts.builder();
        b.organization(org).teamDisunited(false).lifeOnlyOnPaper(false).electionsIrregular(false)
                .lastAdmission(LocalDate.of(2025, 6, 1)).candidates(2).membersLongUnpaid(0)
                .lastInAnnualAssessment(false).satisfaction(Rate.percent(85)).infiltration(false)
                .publicOrderProblems(false);
        return b;
    }

    @Test
    void namesEveryCriterionThatHeldAndEveryOneThatCouldNotBeJudged() {
        PartyOrganization vacant = PartyOrganization.builder().from(OrganizationalLifePolicyTest.branch(0, 0))
                .secretaryVacantSince(LocalDate.of(2025, 12, 1)).termStart(LocalDate.of(2025, 1, 1)).build();
        WeakAndLaxFacts f = WeakAndLaxFacts.builder().organization(vacant).infiltration(true).build();
        Decision<WeakAndLaxFinding> d = WeakAndLaxPolicy.of(TRIGGERS.resolve(OrganizationalLifePolicyTest.COUNTY, AS_OF))
                .assess(f, AS_OF);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertEquals(List.of(WeakAndLaxCriterion.SECRETARY_VACANT, WeakAndLaxCriterion.INFILTRATION), d.value().getHeld());
        assertEquals(List.of(WeakAndLaxCriterion.TEAM_DISUNITED, WeakAndLaxCriterion.LIFE_ONLY_ON_PAPER,
                WeakAndLaxCriterion.ELECTIONS_IRREGULAR, WeakAndLaxCriterion.NO_NEW_MEMBERS,
                WeakAndLaxCriterion.MEMBERS_LONG_UNPAID, WeakAndLaxCriterion.LAST_IN_ASSESSMENT,
                WeakAndLaxCriterion.LOW_SATISFACTION, WeakAndLaxCriterion.PUBLIC_ORDER_PROBLEMS),
                d.value().getUndetermined());
        String zh = d.explain(Language.ZH);
        assertTrue(zh.contains("书记自2025-12-01起空缺，已超过P3M"), zh);
        assertTrue(zh.contains("2项情形成立，认定为软弱涣散党组织"), zh);
        assertTrue(d.reasons().get(0).parameters().containsKey(AssessmentParameters.SECRETARY_VACANCY_LIMIT.name()));
    }

    @Test
    void aLocalityMayShortenTheVacancyLimit() {
        PolicyParameters oneMonth = TRIGGERS.override(OrganizationalLifePolicyTest.COUNTY, LocalDate.of(2021, 1, 1),
                AssessmentParameters.SECRETARY_VACANCY_LIMIT, Period.ofMonths(1));
        PartyOrganization vacant = PartyOrganization.builder().from(OrganizationalLifePolicyTest.branch(0, 0))
                .secretaryVacantSince(LocalDate.of(2026, 5, 1)).termStart(LocalDate.of(2025, 1, 1)).build();
        Decision<WeakAndLaxFinding> d = WeakAndLaxPolicy.of(oneMonth.resolve(OrganizationalLifePolicyTest.COUNTY, AS_OF))
                .assess(clear(vacant).build(), AS_OF);
        assertEquals(List.of(WeakAndLaxCriterion.SECRETARY_VACANT), d.value().getHeld());
    }

    @Test
    void findingSurvivesAJsonRoundTrip() {
        WeakAndLaxFinding f = WeakAndLaxFinding.of("B-1", List.of(WeakAndLaxCriterion.INFILTRATION),
                List.of(WeakAndLaxCriterion.LOW_SATISFACTION));
        assertEquals(f, DangjianJson.read(DangjianJson.write(f), WeakAndLaxFinding.class));
    }

    @Test
    void rejectsNegativeCountsAndSatisfactionAboveAHundredPercent() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WeakAndLaxFacts.builder()
                .organization(OrganizationalLifePolicyTest.branch(0, 0)).candidates(-1).membersLongUnpaid(-2)
                .satisfaction(Rate.parse("101%")).build());
        assertEquals(3, e.violations().size());
    }
}
