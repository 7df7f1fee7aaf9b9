package org.dangjian.training.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.training.TestParameters;
import org.dangjian.training.TrainingRules;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.PushRelabelMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;

class InstructorAssignmentPolicyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static final Jurisdiction TOWNSHIP = Jurisdiction.of("430102001");
    private static final ResolvedParameters PROFILE = PolicyParameters.nationalBaseline()
            .adopt(TestParameters.COUNTY, TrainingRules.INSTRUCTOR_RULES_2017, TestParameters.FROM)
            .resolve(TestParameters.COUNTY, AS_OF);
    private static final InstructorAssignmentPolicy POLICY = InstructorAssignmentPolicy.of(PROFILE);

    static CreditCode code(int i) {
        return CreditCode.withCheckCharacter("91430102MA4L" + String.format("%05d", i));
    }

    static List<OrganizationNeed> needs(int n, Jurisdiction j) {
        List<OrganizationNeed> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(OrganizationNeed.builder().organization(code(i)).jurisdiction(j).industry(Industry.C)
                    .need(InstructorNeed.WORK_COVERAGE_ONLY).build());
        }
        return l;
    }

    static Instructor instructor(String id) {
        return Instructor.builder().id(id).kind(InstructorKind.PART_TIME).jurisdiction(TOWNSHIP).build();
    }

    @Test
    void servesFiveOrganizationsWithOneInstructorAtTheProfilesCapacityOfFive() {
        AssignmentPlan p = POLICY.decidePlan(needs(5, TOWNSHIP), List.of(instructor("I-1"))).value();
        assertEquals(5, p.served());
        assertTrue(p.getUnserved().isEmpty());
    }

    @Test
    void emptyInputsGiveAnEmptyPlanAndNoInstructorsLeaveEveryoneOutOfReach() {
        AssignmentPlan none = POLICY.decidePlan(List.of(), List.of()).value();
        assertEquals("served 0/0, unserved weight 0, cost 0", none.toString());
        AssignmentPlan nobody = POLICY.decidePlan(needs(2, TOWNSHIP), List.of()).value();
        assertTrue(nobody.getUnserved().stream().allMatch(u -> u.getReason() == UnservedReason.NO_INSTRUCTOR_IN_REACH));
    }

    @Test
    void leavesTheSixthOrganizationUnservedAsAllAtCapacity() {
        AssignmentPlan p = POLICY.decidePlan(needs(6, TOWNSHIP), List.of(instructor("I-1"))).value();
        assertEquals(5, p.served());
        assertEquals(UnservedReason.ALL_AT_CAPACITY, p.getUnserved().get(0).getReason());
        assertEquals(List.of("I-1"), p.getUnserved().get(0).getInstructorsConsidered());
    }

    @Test
    void flagsAnInstructorGuidingThreeAsBelowTheProfilesFour() {
        Decision<AssignmentPlan> three = POLICY.decidePlan(needs(3, TOWNSHIP), List.of(instructor("I-1")));
        Decision<AssignmentPlan> four = POLICY.decidePlan(needs(4, TOWNSHIP), List.of(instructor("I-1")));
        assertTrue(three.reasons().stream().anyMatch(r -> r.messageKey().equals("assign.underLoaded")));
        assertFalse(four.reasons().stream().anyMatch(r -> r.messageKey().equals("assign.underLoaded")));
    }

    @Test
    void anInstructorsOwnCapacityOverridesTheKindParameter() {
        Instructor one = Instructor.builder().from(instructor("I-1")).capacity(7).build();
        AssignmentPlan p = InstructorAssignmentPolicy.of(TestParameters.baseline(AS_OF))
                .decidePlan(needs(8, TOWNSHIP), List.of(one)).value();
        assertEquals(7, p.served());
    }

    @Test
    void decidesInsufficientDataWithoutTheCapacityOfTheKindsInUse() {
        Decision<AssignmentPlan> d = InstructorAssignmentPolicy.of(TestParameters.baseline(AS_OF))
                .decidePlan(needs(1, TOWNSHIP), List.of(instructor("I-1")));
        assertEquals(Outcome.INSUFFICIENT_DATA, d.outcome());
        assertEquals(List.of("TRN-ASSIGN-002"), d.ruleIds());
    }

    @Test
    void dropsACurrentAssignmentThatIsAConflictOfInterest() {
        Instructor conflicted = Instructor.builder().from(instructor("I-1")).addCurrentOrganizations(code(0))
                .addConflicts(ConflictOfInterest.of(code(0), ConflictKind.INVESTS_IN)).build();
        Decision<AssignmentPlan> d = POLICY.decidePlan(needs(1, TOWNSHIP), List.of(conflicted, instructor("I-2")));
        assertEquals(java.util.Optional.of("I-2"), d.value().instructorOf(code(0)));
        assertTrue(d.reasons().stream().anyMatch(r -> r.messageKey().equals("assign.conflict.dropped")));
        assertEquals(java.util.Optional.of("I-1"), d.value().getAssignments().get(0).getReassignedFrom());
    }

    @Test
    void prefersTheNearerInstructorAndTheMatchingExpertise() {
        Instructor county = Instructor.builder().id("I-county").kind(InstructorKind.FULL_TIME)
                .jurisdiction(TestParameters.COUNTY).addExpertise(Industry.C).build();
        Instructor near = Instructor.builder().id("I-near").kind(InstructorKind.FULL_TIME).jurisdiction(TOWNSHIP).build();
        Instructor nearExpert = Instructor.builder().from(near).id("I-near-expert").addExpertise(Industry.C).build();
        assertEquals(java.util.Optional.of("I-near"),
                POLICY.decidePlan(needs(1, TOWNSHIP), List.of(county, near)).value().instructorOf(code(0)));
        assertEquals(java.util.Optional.of("I-near-expert"),
                POLICY.decidePlan(needs(1, TOWNSHIP), List.of(county, near, nearExpert)).value().instructorOf(code(0)));
    }

    @Test
    void countsDistanceInLevelsOfTheDivisionHierarchy() {
        Jurisdiction t = Jurisdiction.of("430102001");
        assertEquals(0, InstructorAssignmentPolicy.distance(t, Jurisdiction.of("430102001005")));
        assertEquals(1, InstructorAssignmentPolicy.distance(t, Jurisdiction.of("430102002")));
        assertEquals(1, InstructorAssignmentPolicy.distance(Jurisdiction.of("430102"), t));
        assertEquals(2, InstructorAssignmentPolicy.distance(t, Jurisdiction.of("430103001")));
        assertEquals(3, InstructorAssignmentPolicy.distance(t, Jurisdiction.of("430200")));
        assertEquals(4, InstructorAssignmentPolicy.distance(t, Jurisdiction.of("110101")));
    }

    @Test
    void rejectsDuplicateOrganizationsAndInstructorsAndDoubleGuidanceTogether() {
        Instructor a = Instructor.builder().from(instructor("I-1")).addCurrentOrganizations(code(0)).build();
        Instructor b = Instructor.builder().from(instructor("I-2")).addCurrentOrganizations(code(0)).build();
        List<OrganizationNeed> twice = new ArrayList<>(needs(1, TOWNSHIP));
        twice.addAll(needs(1, TOWNSHIP));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> POLICY.decidePlan(twice, List.of(a, b, instructor("I-1"))));
        assertEquals(3, e.violations().size(), e.getMessage());
    }

    @Test
    void rejectsPriorityAndWeightsOutOfRange() {
        assertThrows(InvalidInputException.class, () -> OrganizationNeed.builder().organization(code(0))
                .jurisdiction(TOWNSHIP).industry(Industry.C).need(InstructorNeed.NEWLY_FORMED).priority(0).build());
        assertThrows(InvalidInputException.class, () -> OrganizationNeed.builder().organization(code(0))
                .jurisdiction(TOWNSHIP).industry(Industry.C).need(InstructorNeed.NEWLY_FORMED).priority(101).build());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AssignmentWeights.of(-1, 101, 5));
        assertEquals(2, e.violations().size());
        assertThrows(InvalidInputException.class, () -> Instructor.builder().from(instructor("I-1")).capacity(-1).build());
        assertThrows(InvalidInputException.class, () -> Instructor.builder().from(instructor("I-1"))
                .base(Jurisdiction.of("430103001")).build());
    }

    @Test
    void explainsEveryReasonInChineseAndEnglishWithoutRawKeys() {
        Instructor conflicted = Instructor.builder().from(instructor("I-1"))
                .addConflicts(ConflictOfInterest.of(code(0), ConflictKind.RELATED)).build();
        List<OrganizationNeed> all = new ArrayList<>(needs(7, TOWNSHIP));
        all.add(OrganizationNeed.builder().organization(code(50)).jurisdiction(Jurisdiction.of("430102009"))
                .industry(Industry.F).need(InstructorNeed.WEAK_AND_LAX).priority(2).build());
        Decision<AssignmentPlan> d = POLICY.decidePlan(all, List.of(conflicted));
        for (Reason r : d.reasons()) {
            for (Language l : Language.values()) {
                String text = r.render(l);
                assertFalse(text.contains("{") || text.startsWith("assign."), text);
            }
        }
        assertTrue(d.explain(Language.ZH).contains("TRN-ASSIGN-003"));
        assertEquals(3, d.value().getUnserved().size());
    }

    @Test
    void servesAsManyAsAnIndependentMaximumFlowInAGeneratedCounty() {
        Random r = new Random(7);
        List<OrganizationNeed> needs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            needs.add(OrganizationNeed.builder().organization(code(i))
                    .jurisdiction(Jurisdiction.of("430102" + String.format("%03d", 1 + r.nextInt(10))))
                    .industry(Industry.values()[r.nextInt(20)]).need(InstructorNeed.WORK_COVERAGE_ONLY).build());
        }
        List<Instructor> staff = new ArrayList<>();
        for (int j = 0; j < 200; j++) {
            String place = j % 20 == 0 ? "430102" : "430102" + String.format("%03d", 1 + r.nextInt(10));
            staff.add(Instructor.builder().id(String.format("I-%03d", j)).kind(InstructorKind.PART_TIME)
                    .jurisdiction(Jurisdiction.of(place)).addExpertise(Industry.values()[r.nextInt(20)]).build());
        }
        AssignmentPlan p = POLICY.decidePlan(needs, staff).value();
        Graph<String, DefaultWeightedEdge> g = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        g.addVertex("s");
        g.addVertex("t");
        for (Instructor i : staff) {
            g.addVertex(i.getId());
            g.setEdgeWeight(g.addEdge("s", i.getId()), 5);
        }
        for (OrganizationNeed n : needs) {
            String o = n.getOrganization().code();
            g.addVertex(o);
            g.setEdgeWeight(g.addEdge(o, "t"), 1);
            for (Instructor i : staff) {
                if (i.getJurisdiction().contains(n.getJurisdiction())) {
                    g.setEdgeWeight(g.addEdge(i.getId(), o), 1);
                }
            }
        }
        double max = new PushRelabelMFImpl<>(g).getMaximumFlowValue("s", "t");
        assertEquals((int) max, p.served());
        Map<String, Integer> loads = p.loads();
        assertTrue(loads.values().stream().allMatch(l -> l <= 5));
    }

    @Test
    void plansATenThousandOrganizationCountyInOneCall() {
        Random r = new Random(42);
        List<OrganizationNeed> needs = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            needs.add(OrganizationNeed.builder().organization(code(i))
                    .jurisdiction(Jurisdiction.of("430102" + String.format("%03d", 1 + r.nextInt(20))))
                    .industry(Industry.values()[r.nextInt(20)]).need(InstructorNeed.values()[r.nextInt(3)])
                    .priority(1 + r.nextInt(3)).build());
        }
        List<Instructor> staff = new ArrayList<>();
        for (int j = 0; j < 1000; j++) {
            String place = j % 50 == 0 ? "430102" : "430102" + String.format("%03d", 1 + r.nextInt(20));
            staff.add(Instructor.builder().id(String.format("I-%04d", j))
                    .kind(j % 3 == 0 ? InstructorKind.FULL_TIME : InstructorKind.PART_TIME)
                    .jurisdiction(Jurisdiction.of(place)).addExpertise(Industry.values()[r.nextInt(20)]).build());
        }
        AssignmentPlan p = POLICY.decidePlan(needs, staff).value();
        assertEquals(5000, p.served(), "1,000 instructors of capacity 5 are all full: " + p);
        assertEquals(10_000, p.needing());
        assertTrue(p.getUnserved().stream().allMatch(u -> u.getReason() == UnservedReason.ALL_AT_CAPACITY));
    }
}
