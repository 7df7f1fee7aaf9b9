package org.dangjian.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.training.assignment.AssignmentPlan;
import org.dangjian.training.assignment.ConflictKind;
import org.dangjian.training.assignment.ConflictOfInterest;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.InstructorAssignmentPolicy;
import org.dangjian.training.assignment.InstructorKind;
import org.dangjian.training.assignment.InstructorNeed;
import org.dangjian.training.assignment.OrganizationNeed;
import org.dangjian.training.duty.ClassHours;
import org.dangjian.training.duty.CoverageReport;
import org.dangjian.training.duty.OrganizerLevel;
import org.dangjian.training.duty.Role;
import org.dangjian.training.duty.Trainee;
import org.dangjian.training.duty.TrainingDutyPolicy;
import org.dangjian.training.duty.TrainingKind;
import org.dangjian.training.duty.TrainingRecord;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void aPlanAndItsFactsReadBackAsWritten() {
        CreditCode a = CreditCode.withCheckCharacter("91430102MA4L00001");
        CreditCode b = CreditCode.withCheckCharacter("91430102MA4L00002");
        Instructor i = Instructor.builder().id("I-1").kind(InstructorKind.FULL_TIME).jurisdiction(Jurisdiction.of("430102"))
                .capacity(1).addExpertise(Industry.C).addCurrentOrganizations(b)
                .addConflicts(ConflictOfInterest.of(a, ConflictKind.WORKS_AT)).build();
        List<OrganizationNeed> needs = List.of(
                OrganizationNeed.builder().organization(a).jurisdiction(Jurisdiction.of("430102001")).industry(Industry.C)
                        .need(InstructorNeed.WEAK_AND_LAX).priority(5).build(),
                OrganizationNeed.builder().organization(b).jurisdiction(Jurisdiction.of("430102002")).industry(Industry.F)
                        .need(InstructorNeed.NEWLY_FORMED).build());
        AssignmentPlan plan = InstructorAssignmentPolicy.of(PolicyParameters.nationalBaseline()
                .resolve(TestParameters.COUNTY, AS_OF)).decidePlan(needs, List.of(i)).value();
        assertEquals(plan, DangjianJson.read(DangjianJson.write(plan), AssignmentPlan.class));
        assertEquals(i, DangjianJson.read(DangjianJson.write(i), Instructor.class));
        String json = DangjianJson.write(plan);
        assertTrue(json.contains("\"reason\":\"ONLY_CONFLICTED\""), json);
    }

    @Test
    void aCoverageReportReadsBackAsWritten() {
        Trainee t = Trainee.builder().id("P-1").role(Role.MEMBER).jurisdiction(Jurisdiction.of("430102001")).build();
        TrainingRecord r = TrainingRecord.builder().personId("P-1").course("轮训").kind(TrainingKind.ROTATION)
                .organizerLevel(OrganizerLevel.COUNTY).startDate(AS_OF).endDate(AS_OF).classHours(ClassHours.parse("7.5"))
                .build();
        CoverageReport report = TrainingDutyPolicy.of(TestParameters.baseline(AS_OF))
                .report(List.of(t), List.of(r), Year.of(2026), AS_OF, JurisdictionLevel.TOWNSHIP).value();
        assertEquals(report, DangjianJson.read(DangjianJson.write(report), CoverageReport.class));
        assertEquals(r, DangjianJson.read(DangjianJson.write(r), TrainingRecord.class));
        assertTrue(DangjianJson.write(r).contains("\"classHours\":\"7.5\""));
    }
}
