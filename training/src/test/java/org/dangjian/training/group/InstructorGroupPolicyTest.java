package org.dangjian.training.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.training.TestParameters;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.InstructorKind;
import org.junit.jupiter.api.Test;

class InstructorGroupPolicyTest {
    private static final InstructorGroupPolicy THREE_TO_FIVE = InstructorGroupPolicy.of(TestParameters.with(
            LocalDate.of(2026, 3, 1), "training.group.minSize", "3", "training.group.maxSize", "5"));

    static List<Instructor> staff(int n, String place, int fullTime) {
        List<Instructor> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(Instructor.builder().id(place + "-I" + i).kind(i < fullTime ? InstructorKind.FULL_TIME : InstructorKind.PART_TIME)
                    .jurisdiction(Jurisdiction.of(place)).build());
        }
        return l;
    }

    @Test
    void fiveFormOneGroupAndSixFormTwoOfThree() {
        assertEquals(1, THREE_TO_FIVE.formGroups(staff(5, "430102001", 0), JurisdictionLevel.TOWNSHIP).value().size());
        List<InstructorGroup> six = THREE_TO_FIVE.formGroups(staff(6, "430102001", 0), JurisdictionLevel.TOWNSHIP).value();
        assertEquals(List.of(3, 3), six.stream().map(InstructorGroup::size).toList());
    }

    @Test
    void twoInstructorsAreTooFewForAGroupOfThree() {
        assertEquals(Outcome.NON_COMPLIANT, THREE_TO_FIVE.formGroups(staff(2, "430102001", 0), JurisdictionLevel.TOWNSHIP)
                .outcome());
    }

    @Test
    void everyGroupIsLedByAFullTimeInstructorWhenThereAreEnough() {
        List<InstructorGroup> groups = THREE_TO_FIVE.formGroups(staff(10, "430102001", 2), JurisdictionLevel.TOWNSHIP).value();
        assertEquals(2, groups.size());
        assertTrue(groups.stream().allMatch(g -> g.getLeadId().endsWith("I0") || g.getLeadId().endsWith("I1")));
    }

    @Test
    void groupsNeverMixJurisdictionsAndCoverEveryone() {
        List<Instructor> all = new ArrayList<>(staff(4, "430102001", 1));
        all.addAll(staff(7, "430102002", 0));
        List<InstructorGroup> groups = THREE_TO_FIVE.formGroups(all, JurisdictionLevel.TOWNSHIP).value();
        assertEquals(11, groups.stream().mapToInt(InstructorGroup::size).sum());
        for (InstructorGroup g : groups) {
            assertTrue(g.getMemberIds().stream().allMatch(id -> id.startsWith(g.getJurisdiction().code())));
        }
        assertEquals(1, THREE_TO_FIVE.formGroups(all, JurisdictionLevel.COUNTY).value().stream()
                .map(InstructorGroup::getJurisdiction).distinct().count());
    }

    @Test
    void rejectsAnInstructorListedTwice() {
        List<Instructor> twice = new ArrayList<>(staff(1, "430102001", 0));
        twice.addAll(staff(1, "430102001", 0));
        assertThrows(InvalidInputException.class, () -> THREE_TO_FIVE.formGroups(twice, JurisdictionLevel.TOWNSHIP));
    }
}
