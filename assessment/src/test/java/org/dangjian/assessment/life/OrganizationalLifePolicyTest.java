package org.dangjian.assessment.life;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.assessment.AssessmentParameters;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.assessment.period.PeriodKind;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

public class OrganizationalLifePolicyTest {
    public static final Jurisdiction COUNTY = Jurisdiction.of("430102");
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final OrganizationalLifePolicy POLICY = OrganizationalLifePolicy.of(
            PolicyParameters.nationalBaseline().resolve(COUNTY, AS_OF));

    public static PartyOrganization branch(int committee, int groups) {
        return PartyOrganization.builder().id("430102-B-0001").name("某科技有限公司党支部")
                .level(PartyOrganizationLevel.BRANCH).formationMethod(FormationMethod.STANDALONE)
                .jurisdiction(COUNTY).addCoveredOrganizations(CreditCode.parse("91350100M000100Y43"))
                .fullMembers(9).committeeMembers(committee).partyGroups(groups)
                .formedOn(LocalDate.of(2020, 1, 1)).build();
    }

    @Test
    void namesTheMissingQuarterInChinese() {
        Decision<LifeReport> d = POLICY.assess(branch(0, 0), List.of(), AssessmentPeriod.quarter(2026, 2), AS_OF);
        assertEquals(Outcome.NON_COMPLIANT, d.outcome());
        assertTrue(d.explain(Language.ZH).contains("2026年第二季度未召开支部党员大会"), d.explain(Language.ZH));
        assertTrue(d.explain(Language.EN).contains("Q2 2026: no members' meeting held"), d.explain(Language.EN));
        assertEquals(List.of(AssessmentPeriod.quarter(2026, 2)),
                d.value().of(MeetingType.GENERAL_MEETING).getMissingPeriods());
    }

    @Test
    void flagsAMeetingBelowTheQuorumWithItsAttendance() {
        Decision<LifeReport> d = POLICY.assess(branch(0, 0), List.of(MeetingRecord.of(MeetingType.GENERAL_MEETING,
                LocalDate.of(2026, 5, 20), 4, 9)), AssessmentPeriod.quarter(2026, 2), AS_OF);
        String zh = d.explain(Language.ZH);
        assertTrue(zh.contains("2026-05-20召开的支部党员大会应到9人、实到4人，未超过应到人数的1/2"), zh);
        assertEquals(1, d.value().of(MeetingType.GENERAL_MEETING).getBelowQuorum().size());
    }

    @Test
    void aBranchWithoutCommitteeOrGroupsHasNoSuchMeetingsToHold() {
        LifeReport r = POLICY.assess(branch(0, 0), List.of(), AssessmentPeriod.quarter(2026, 2), AS_OF).value();
        assertFalse(r.of(MeetingType.COMMITTEE_MEETING).isApplicable());
        assertFalse(r.of(MeetingType.GROUP_MEETING).isApplicable());
        assertTrue(r.of(MeetingType.COMMITTEE_MEETING).getRequiredPeriods().isEmpty());
        LifeReport withCommittee = POLICY.assess(branch(3, 2), List.of(), AssessmentPeriod.quarter(2026, 2), AS_OF)
                .value();
        assertEquals(3, withCommittee.of(MeetingType.COMMITTEE_MEETING).getRequiredPeriods().size());
        assertEquals(3, withCommittee.of(MeetingType.GROUP_MEETING).getMissingPeriods().size());
    }

    @Test
    void periodsEndingAfterTheAsOfDateAreNotYetDue() {
        LifeReport r = POLICY.assess(branch(0, 0), List.of(), AssessmentPeriod.year(2026), LocalDate.of(2026, 6, 29))
                .value();
        assertEquals(1, r.of(MeetingType.GENERAL_MEETING).getRequiredPeriods().size());
        assertEquals(5, r.of(MeetingType.THEME_DAY).getRequiredPeriods().size());
        assertEquals(0, r.of(MeetingType.LIFE_MEETING).getRequiredPeriods().size());
    }

    @Test
    void aLocalFrequencyOverridesTheNationalOne() {
        OrganizationalLifePolicy monthly = OrganizationalLifePolicy.of(PolicyParameters.nationalBaseline()
                .override(COUNTY, LocalDate.of(2020, 1, 1), AssessmentParameters.GENERAL_MEETING_EVERY, PeriodKind.MONTH)
                .resolve(COUNTY, AS_OF));
        assertEquals(PeriodKind.MONTH, monthly.frequencyOf(MeetingType.GENERAL_MEETING));
        LifeReport r = monthly.assess(branch(0, 0), List.of(), AssessmentPeriod.quarter(2026, 2), AS_OF).value();
        assertEquals(3, r.of(MeetingType.GENERAL_MEETING).getMissingPeriods().size());
    }

    @Test
    void reportsTheComplianceRateExactly() {
        LifeReport r = POLICY.assess(branch(0, 0), List.of(MeetingRecord.of(MeetingType.THEME_DAY,
                LocalDate.of(2026, 4, 10), 8, 9)), AssessmentPeriod.quarter(2026, 2), AS_OF).value();
        assertEquals("1/4", r.compliance().toString());
        assertEquals("1/4", r.toString());
    }

    @Test
    void aMeetingNobodyAttendedDoesNotCount() {
        LifeReport r = POLICY.assess(branch(0, 0), List.of(MeetingRecord.of(MeetingType.THEME_DAY,
                LocalDate.of(2026, 4, 10), 0, 9), MeetingRecord.of(MeetingType.THEME_DAY,
                LocalDate.of(2026, 5, 10), 1, 9)), AssessmentPeriod.quarter(2026, 2), AS_OF).value();
        assertEquals(List.of(AssessmentPeriod.month(2026, 4), AssessmentPeriod.month(2026, 6)),
                r.of(MeetingType.THEME_DAY).getMissingPeriods());
    }

    @Test
    void reportSurvivesAJsonRoundTrip() {
        LifeReport r = POLICY.assess(branch(3, 2), List.of(MeetingRecord.of(MeetingType.GENERAL_MEETING,
                LocalDate.of(2026, 5, 20), 4, 9)), AssessmentPeriod.quarter(2026, 2), AS_OF).value();
        String json = org.dangjian.core.json.DangjianJson.write(r);
        assertTrue(json.contains("\"missingPeriods\":[\"2026-Q2\"]"), json);
        assertEquals(r, org.dangjian.core.json.DangjianJson.read(json, LifeReport.class));
    }

    @Test
    void rejectsAttendanceAboveThoseExpected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MeetingRecord.of(MeetingType.GENERAL_MEETING, LocalDate.of(2026, 5, 20), 10, 9));
        assertEquals("attendees", e.violations().get(0).path());
        assertThrows(InvalidInputException.class,
                () -> MeetingRecord.of(MeetingType.GENERAL_MEETING, LocalDate.of(2026, 5, 20), -1, 0));
    }
}
