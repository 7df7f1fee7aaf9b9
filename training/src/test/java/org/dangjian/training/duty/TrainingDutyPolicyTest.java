package org.dangjian.training.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.training.TestParameters;
import org.junit.jupiter.api.Test;

class TrainingDutyPolicyTest {
    private static final Year Y = Year.of(2026);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);
    private static final TrainingDutyPolicy BASELINE = TrainingDutyPolicy.of(TestParameters.baseline(YEAR_END));

    static Trainee person(Role role) {
        return Trainee.builder().id("P-1").role(role).jurisdiction(Jurisdiction.of("430102001")).build();
    }

    static TrainingRecord record(TrainingKind kind, LocalDate end, String hours) {
        return TrainingRecord.builder().personId("P-1").course("课程").kind(kind).organizerLevel(OrganizerLevel.COUNTY)
                .startDate(end).endDate(end).classHours(ClassHours.parse(hours)).build();
    }

    @Test
    void aMemberWith31Point9HoursIsShortAtYearEndAndOverdueTheDayAfter() {
        List<TrainingRecord> r = List.of(record(TrainingKind.CENTRALISED, LocalDate.of(2026, 5, 1), "31.9"));
        Decision<DutyAssessment> atYearEnd = BASELINE.assessHours(person(Role.MEMBER), r, Y, YEAR_END);
        Decision<DutyAssessment> after = BASELINE.assessHours(person(Role.MEMBER), r, Y, YEAR_END.plusDays(1));
        assertEquals(DutyStatus.DUE, atYearEnd.value().getStatus());
        assertEquals(Outcome.NON_COMPLIANT, after.outcome());
        assertEquals(ClassHours.parse("0.1"), after.value().hoursShort());
    }

    @Test
    void aRecordEndingNextYearOrAfterTheAsOfDateDoesNotCount() {
        List<TrainingRecord> r = List.of(record(TrainingKind.CENTRALISED, LocalDate.of(2027, 1, 1), "40"),
                record(TrainingKind.CENTRALISED, LocalDate.of(2026, 7, 1), "40"));
        assertEquals(ClassHours.ZERO, BASELINE.assessHours(person(Role.MEMBER), r, Y, LocalDate.of(2026, 6, 30))
                .value().getHoursCounted());
        assertEquals(ClassHours.of(40), BASELINE.assessHours(person(Role.MEMBER), r, Y, LocalDate.of(2027, 6, 30))
                .value().getHoursCounted());
    }

    @Test
    void onlineHoursCountOnlyWhereTheJurisdictionSaysSo() {
        List<TrainingRecord> r = List.of(record(TrainingKind.CENTRALISED, LocalDate.of(2026, 5, 1), "30"),
                record(TrainingKind.ONLINE, LocalDate.of(2026, 6, 1), "2"));
        TrainingDutyPolicy yes = TrainingDutyPolicy.of(TestParameters.with(YEAR_END, "training.hours.countOnline", "true"));
        TrainingDutyPolicy no = TrainingDutyPolicy.of(TestParameters.with(YEAR_END, "training.hours.countOnline", "false"));
        assertEquals(Outcome.COMPLIANT, yes.assessHours(person(Role.MEMBER), r, Y, YEAR_END).outcome());
        assertEquals(DutyStatus.DUE, no.assessHours(person(Role.MEMBER), r, Y, YEAR_END).value().getStatus());
        assertEquals(Outcome.INSUFFICIENT_DATA, BASELINE.assessHours(person(Role.MEMBER), r, Y, YEAR_END).outcome());
        // Online hours that cannot change the answer leave the baseline decidable.
        List<TrainingRecord> plenty = List.of(record(TrainingKind.CENTRALISED, LocalDate.of(2026, 5, 1), "32"),
                record(TrainingKind.ONLINE, LocalDate.of(2026, 6, 1), "2"));
        assertEquals(Outcome.COMPLIANT, BASELINE.assessHours(person(Role.MEMBER), plenty, Y, YEAR_END).outcome());
    }

    @Test
    void aSecretaryNeeds56NotThe32OfMembers() {
        List<TrainingRecord> r = List.of(record(TrainingKind.CENTRALISED, LocalDate.of(2026, 5, 1), "55.9"));
        assertEquals(Outcome.NON_COMPLIANT, BASELINE.assessHours(person(Role.SECRETARY), r, Y, YEAR_END.plusDays(1)).outcome());
        assertEquals(Outcome.COMPLIANT, BASELINE.assessHours(person(Role.MEMBER), r, Y, YEAR_END.plusDays(1)).outcome());
    }

    @Test
    void workersAndInstructorsOweNoMembersHours() {
        assertEquals(Outcome.NOT_APPLICABLE, BASELINE.assessHours(person(Role.PARTY_AFFAIRS_WORKER), List.of(), Y, YEAR_END).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, BASELINE.assessCountyTraining(person(Role.MEMBER), List.of(), Y, YEAR_END).outcome());
    }

    @Test
    void onlineTrainingIsNotACountyLevelCentralisedTraining() {
        List<TrainingRecord> r = List.of(record(TrainingKind.ONLINE, LocalDate.of(2026, 5, 1), "56"));
        assertEquals(0, BASELINE.assessCountyTraining(person(Role.COMMITTEE_MEMBER), r, Y, YEAR_END).value().getTrainingsCounted());
    }

    @Test
    void onboardingIsDueUntilTheLastDayOfSixMonthsAndOverdueAfter() {
        Trainee s = Trainee.builder().from(person(Role.SECRETARY)).appointedOn(LocalDate.of(2026, 8, 31)).build();
        assertEquals(LocalDate.of(2027, 2, 28), BASELINE.assessOnboarding(s, List.of(), LocalDate.of(2027, 2, 28)).value()
                .getDeadline().orElseThrow());
        assertEquals(DutyStatus.DUE, BASELINE.assessOnboarding(s, List.of(), LocalDate.of(2027, 2, 28)).value().getStatus());
        assertEquals(DutyStatus.OVERDUE, BASELINE.assessOnboarding(s, List.of(), LocalDate.of(2027, 3, 1)).value().getStatus());
    }

    @Test
    void onboardingBeforeTheAppointmentDoesNotCount() {
        Trainee s = Trainee.builder().from(person(Role.SECRETARY)).appointedOn(LocalDate.of(2026, 3, 1)).build();
        List<TrainingRecord> r = List.of(record(TrainingKind.ONBOARDING, LocalDate.of(2026, 2, 28), "24"));
        assertEquals(DutyStatus.DUE, BASELINE.assessOnboarding(s, r, LocalDate.of(2026, 4, 1)).value().getStatus());
    }

    @Test
    void aSecretaryWithoutAnAppointmentDateCannotBeJudged() {
        assertEquals(Outcome.INSUFFICIENT_DATA, BASELINE.assessOnboarding(person(Role.SECRETARY), List.of(), YEAR_END).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, BASELINE.assessOnboarding(person(Role.COMMITTEE_MEMBER), List.of(), YEAR_END).outcome());
    }

    @Test
    void aNewMembersTrainingOnTheLastDayOfTheWindowCountsAndTheDayAfterDoesNot() {
        Trainee t = Trainee.builder().from(person(Role.MEMBER)).admittedOn(LocalDate.of(2025, 2, 28))
                .convertedOn(LocalDate.of(2026, 2, 28)).build();
        LocalDate last = LocalDate.of(2027, 2, 28);
        assertEquals(Outcome.COMPLIANT, BASELINE.assessNewMemberTraining(t,
                List.of(record(TrainingKind.CENTRALISED, last, "8")), last.plusDays(5)).outcome());
        assertEquals(Outcome.NON_COMPLIANT, BASELINE.assessNewMemberTraining(t,
                List.of(record(TrainingKind.CENTRALISED, last.plusDays(1), "8")), last.plusDays(5)).outcome());
        assertEquals(Outcome.INSUFFICIENT_DATA, BASELINE.assessNewMemberTraining(person(Role.PROBATIONARY_MEMBER),
                List.of(), last).outcome());
    }

    @Test
    void rotationIsDueDuringTheYearAndDoneByOneRotationRecord() {
        assertEquals(Outcome.DETERMINED, BASELINE.assessRotation(person(Role.MEMBER), List.of(), Y, YEAR_END).outcome());
        assertEquals(Outcome.COMPLIANT, BASELINE.assessRotation(person(Role.MEMBER),
                List.of(record(TrainingKind.ROTATION, YEAR_END, "8")), Y, YEAR_END).outcome());
        assertEquals(Outcome.NOT_APPLICABLE, BASELINE.assessRotation(person(Role.PARTY_AFFAIRS_WORKER), List.of(), Y,
                YEAR_END).outcome());
    }

    @Test
    void aReportListsTheMissingAndTheHoursShort() {
        Trainee a = person(Role.MEMBER);
        Trainee b = Trainee.builder().id("P-2").role(Role.MEMBER).jurisdiction(Jurisdiction.of("430102002")).build();
        List<TrainingRecord> r = List.of(record(TrainingKind.ROTATION, LocalDate.of(2026, 5, 1), "30"));
        CoverageReport report = BASELINE.report(List.of(a, b), r, Y, YEAR_END.plusDays(1), JurisdictionLevel.COUNTY).value();
        assertEquals(1, report.getRows().size());
        CoverageRow row = report.getRows().get(0);
        assertEquals(List.of("P-1", "P-2"), row.getMissing());
        assertEquals(ClassHours.of(34), row.getHoursShort());
        assertEquals(1, row.getRotationDone());
        assertEquals("2026: hours 0/2, rotation 1/2, short 34", report.toString());
        assertThrows(InvalidInputException.class, () -> BASELINE.report(List.of(a, a), r, Y, YEAR_END, JurisdictionLevel.COUNTY));
    }

    @Test
    void rejectsBadRecordsWithEveryViolation() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TrainingRecord.builder().personId(" ")
                .course(" ").kind(TrainingKind.ROTATION).organizerLevel(OrganizerLevel.COUNTY)
                .startDate(LocalDate.of(2026, 5, 2)).endDate(LocalDate.of(2026, 5, 1)).classHours(ClassHours.of(8)).build());
        assertEquals(3, e.violations().size(), e.getMessage());
        assertThrows(InvalidInputException.class, () -> ClassHours.parse("-1"));
        assertThrows(InvalidInputException.class, () -> ClassHours.parse("1.25"));
        assertThrows(InvalidInputException.class, () -> ClassHours.parse("abc"));
        assertThrows(InvalidInputException.class, () -> Trainee.builder().from(person(Role.MEMBER))
                .admittedOn(LocalDate.of(2026, 2, 1)).convertedOn(LocalDate.of(2026, 1, 1)).build());
        assertTrue(ClassHours.parse("32.0").equals(ClassHours.of(32)));
    }
}
