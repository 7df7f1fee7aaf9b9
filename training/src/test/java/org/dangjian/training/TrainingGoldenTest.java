package org.dangjian.training;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.core.testing.GoldenCases;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.InstructorAssignmentPolicy;
import org.dangjian.training.assignment.OrganizationNeed;
import org.dangjian.training.certification.CertificationFacts;
import org.dangjian.training.certification.CertificationPolicy;
import org.dangjian.training.duty.Trainee;
import org.dangjian.training.duty.TrainingDutyPolicy;
import org.dangjian.training.duty.TrainingRecord;
import org.dangjian.training.group.InstructorGroupPolicy;
import org.dangjian.training.plan.TrainingClass;
import org.dangjian.training.plan.TrainingPlanPolicy;
import org.dangjian.training.secretary.SecretaryCandidate;
import org.dangjian.training.secretary.SecretaryPipelinePolicy;
import org.dangjian.training.visit.Visit;
import org.dangjian.training.visit.VisitPolicy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class TrainingGoldenTest {

    /** Runs a file, also checking that every reason renders fully in Chinese and English. */
    private static Stream<DynamicTest> run(String resource, java.util.function.Function<GoldenCase, Decision<?>> evaluator) {
        return GoldenCases.run(resource, c -> {
            Decision<?> d = evaluator.apply(c);
            for (org.dangjian.core.decision.Reason r : d.reasons()) {
                for (org.dangjian.core.i18n.Language l : org.dangjian.core.i18n.Language.values()) {
                    String text = r.render(l);
                    org.junit.jupiter.api.Assertions.assertFalse(text.contains("{") || text.equals(r.messageKey()),
                            c.id() + ": " + text);
                }
            }
            return d;
        });
    }

    private static <T> List<T> list(GoldenCase c, String field, TypeReference<List<T>> type) {
        return DangjianJson.read(c.facts().path(field).toString(), type);
    }

    private static List<TrainingRecord> records(GoldenCase c) {
        return list(c, "records", new TypeReference<List<TrainingRecord>>() {});
    }

    @TestFactory
    Stream<DynamicTest> assignmentCases() {
        return run("/golden/assignment.json", c -> InstructorAssignmentPolicy.of(TestParameters.of(c))
                .decidePlan(list(c, "needs", new TypeReference<List<OrganizationNeed>>() {}),
                        list(c, "instructors", new TypeReference<List<Instructor>>() {})));
    }

    @TestFactory
    Stream<DynamicTest> groupCases() {
        return run("/golden/group.json", c -> InstructorGroupPolicy.of(TestParameters.of(c))
                .formGroups(list(c, "instructors", new TypeReference<List<Instructor>>() {}),
                        JurisdictionLevel.valueOf(c.facts().path("level").asText())));
    }

    @TestFactory
    Stream<DynamicTest> visitCases() {
        return run("/golden/visit.json", c -> {
            VisitPolicy p = VisitPolicy.of(TestParameters.of(c));
            CreditCode org = CreditCode.of(c.facts().path("organization").asText());
            String instructor = c.facts().path("instructor").asText();
            List<Visit> visits = list(c, "visits", new TypeReference<List<Visit>>() {});
            LocalDate from = LocalDate.parse(c.facts().path("from").asText());
            return c.facts().path("duties").asBoolean()
                    ? p.reviewDuties(org, instructor, visits, from, c.asOf())
                    : p.assessVisits(org, instructor, visits, from, c.asOf());
        });
    }

    @TestFactory
    Stream<DynamicTest> secretaryCases() {
        return run("/golden/secretary.json", c -> {
            SecretaryPipelinePolicy p = SecretaryPipelinePolicy.of(TestParameters.of(c));
            if (c.facts().has("candidates")) {
                return p.rankCandidates(list(c, "candidates", new TypeReference<List<SecretaryCandidate>>() {}));
            }
            return p.decideVacancy(branch(LocalDate.parse(c.facts().path("vacantSince").asText())), c.asOf());
        });
    }

    static PartyOrganization branch(LocalDate vacantSince) {
        return PartyOrganization.builder().id("430102-B-0001").name("某公司党支部").level(PartyOrganizationLevel.BRANCH)
                .formationMethod(FormationMethod.STANDALONE).jurisdiction(Jurisdiction.of("430102001"))
                .addCoveredOrganizations(CreditCode.of("91430102MA4L00001F")).fullMembers(5)
                .secretaryVacantSince(vacantSince).build();
    }

    @TestFactory
    Stream<DynamicTest> hoursCases() {
        return run("/golden/hours.json", c -> {
            TrainingDutyPolicy p = TrainingDutyPolicy.of(TestParameters.of(c));
            Trainee t = c.fact("trainee", Trainee.class);
            Year year = Year.of(c.facts().path("year").asInt());
            return c.facts().path("duty").asText().equals("county")
                    ? p.assessCountyTraining(t, records(c), year, c.asOf())
                    : p.assessHours(t, records(c), year, c.asOf());
        });
    }

    @TestFactory
    Stream<DynamicTest> rotationCases() {
        return run("/golden/rotation.json", c -> TrainingDutyPolicy.of(TestParameters.of(c))
                .assessRotation(c.fact("trainee", Trainee.class), records(c), Year.of(c.facts().path("year").asInt()),
                        c.asOf()));
    }

    @TestFactory
    Stream<DynamicTest> onboardingCases() {
        return run("/golden/onboarding.json", c -> {
            TrainingDutyPolicy p = TrainingDutyPolicy.of(TestParameters.of(c));
            Trainee t = c.fact("trainee", Trainee.class);
            return c.facts().path("duty").asText().equals("onboarding")
                    ? p.assessOnboarding(t, records(c), c.asOf())
                    : p.assessNewMemberTraining(t, records(c), c.asOf());
        });
    }

    @TestFactory
    Stream<DynamicTest> certificationCases() {
        return run("/golden/certification.json", c -> {
            CertificationPolicy p = CertificationPolicy.of(TestParameters.of(c));
            Decision<?> d = c.facts().path("status").asBoolean()
                    ? p.decideStatus(c.facts().path("personId").asText(),
                            LocalDate.parse(c.facts().path("issuedOn").asText()), c.asOf())
                    : p.assessEligibility(c.fact("worker", CertificationFacts.class));
            return d;
        });
    }

    @TestFactory
    Stream<DynamicTest> planCases() {
        return run("/golden/plan.json", c -> TrainingPlanPolicy.of(TestParameters.of(c))
                .planRotation(list(c, "owing", new TypeReference<List<Trainee>>() {}),
                        list(c, "classes", new TypeReference<List<TrainingClass>>() {}),
                        Year.of(c.facts().path("year").asInt()), c.asOf()));
    }
}
