package org.dangjian.assessment.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.assessment.life.OrganizationalLifePolicyTest;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

class DemocraticAppraisalPolicyTest {
    static final DemocraticAppraisalPolicy POLICY = DemocraticAppraisalPolicy.of(PolicyParameters.nationalBaseline()
            .resolve(OrganizationalLifePolicyTest.COUNTY, LocalDate.of(2026, 12, 31)));

    static List<AppraisalEntry> graded(int excellent, int qualified) {
        List<AppraisalEntry> l = new ArrayList<>();
        for (int i = 0; i < excellent; i++) {
            l.add(AppraisalEntry.of("E-" + i, false, AppraisalGrade.EXCELLENT));
        }
        for (int i = 0; i < qualified; i++) {
            l.add(AppraisalEntry.of("Q-" + i, false, AppraisalGrade.QUALIFIED));
        }
        return l;
    }

    @Test
    void exactlyAThirdExcellentIsAllowed() {
        assertEquals(Outcome.COMPLIANT, POLICY.assess(graded(2, 4), 2026).outcome());
        assertEquals(Outcome.NON_COMPLIANT, POLICY.assess(graded(3, 5), 2026).outcome());
        assertEquals(Outcome.COMPLIANT, POLICY.assess(graded(1, 2), 2026).outcome());
        assertEquals(Outcome.NON_COMPLIANT, POLICY.assess(graded(1, 1), 2026).outcome());
    }

    @Test
    void probationaryMembersCountAsParticipantsNotAsGraded() {
        List<AppraisalEntry> l = graded(1, 2);
        l.add(AppraisalEntry.probationary("P-1"));
        l.add(AppraisalEntry.probationary("P-2"));
        AppraisalOutcome o = POLICY.assess(l, 2026).value();
        assertEquals(5, o.getParticipants());
        assertEquals(3, o.getGraded());
    }

    @Test
    void unqualifiedGradeHandsOffToDisposalAsAValue() {
        List<AppraisalEntry> l = graded(0, 3);
        l.add(AppraisalEntry.builder().memberId("U-1")
                .grade(AppraisalGrade.UNQUALIFIED).grounds("理想信念动摇").build());
        DisposalReferral r = POLICY.assess(l, 2026).value().getReferrals().get(0);
        assertEquals("U-1", r.getMemberId());
        assertEquals(ReferredMeasure.CORRECTION_DEADLINE, r.getFirstMeasure());
        assertEquals(Optional.of("理想信念动摇"), r.getGrounds());
        assertEquals(r, DangjianJson.read(DangjianJson.write(r), DisposalReferral.class));
    }

    @Test
    void rejectsAMemberListedTwice() {
        List<AppraisalEntry> l = graded(0, 1);
        l.add(AppraisalEntry.of("Q-0", false, AppraisalGrade.QUALIFIED));
        assertThrows(InvalidInputException.class, () -> POLICY.assess(l, 2026));
    }
}
