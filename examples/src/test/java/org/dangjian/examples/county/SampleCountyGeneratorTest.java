package org.dangjian.examples.county;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.junit.jupiter.api.Test;

class SampleCountyGeneratorTest {
    private static final SampleCounty SMALL = SampleCountyGenerator.generate(2026L, 300);
    private static final SampleCounty MEDIUM = SampleCountyGenerator.generate(7L, 3_000);

    /**
     * The county of seed 2026 with 300 organizations, pinned: if this changes on another machine or JDK, the
     * generator is not reproducible; if it changes after an intended change to the generator, update it.
     */
    private static final String PINNED_FINGERPRINT = "c9e3faea4ad13778102c857759f544082a99d1776bf13bf1059849f637fe8e92";

    @Test
    void sameSeedGivesTheSameCounty() {
        SampleCounty again = SampleCountyGenerator.generate(2026L, 300);
        assertEquals(SMALL.organizations(), again.organizations());
        assertEquals(SMALL.partyOrganizations(), again.partyOrganizations());
        assertEquals(SMALL.fingerprint(), again.fingerprint());
    }

    @Test
    void sameSeedGivesTheSameCountyOnEveryMachine() {
        assertEquals(PINNED_FINGERPRINT, SMALL.fingerprint());
    }

    @Test
    void anotherSeedGivesAnotherCounty() {
        assertNotEquals(SMALL.fingerprint(), SampleCountyGenerator.generate(2027L, 300).fingerprint());
    }

    @Test
    void makesAsManyOrganizationsAsAskedWithUniqueValidCreditCodes() {
        assertEquals(300, SMALL.organizations().size());
        Set<CreditCode> codes = new HashSet<>();
        for (NewOrganization o : MEDIUM.organizations()) {
            assertTrue(codes.add(o.getCreditCode()), "duplicate " + o.getCreditCode());
            assertEquals(o.getCreditCode(), CreditCode.parse(o.getCreditCode().code()));
            assertEquals("430102", o.getCreditCode().divisionCode());
            assertTrue(SampleCountyGenerator.COUNTY.contains(o.getJurisdiction()));
        }
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> SampleCountyGenerator.generate(1L, 12));
        assertThrows(IllegalArgumentException.class, () -> SampleCountyGenerator.generate(1L, 1_000_001));
    }

    @Test
    void hasEverySubKindEvenInASmallCounty() {
        Set<OrganizationSubKind> kinds = EnumSet.noneOf(OrganizationSubKind.class);
        SampleCountyGenerator.generate(5L, 13).organizations().forEach(o -> kinds.add(o.getSubKind()));
        assertEquals(EnumSet.allOf(OrganizationSubKind.class), kinds);
    }

    @Test
    void headCountsAreSkewedMostUnitsSmallAFewLarge() {
        long small = MEDIUM.organizations().stream().filter(o -> o.getHeadCount() < 30).count();
        long large = MEDIUM.organizations().stream().filter(o -> o.getHeadCount() >= 300).count();
        assertTrue(small > MEDIUM.organizations().size() / 2, "small: " + small);
        assertTrue(large > 0 && large < MEDIUM.organizations().size() / 20, "large: " + large);
    }

    @Test
    void formsPartyOrganizationsInTheSeedsWays() {
        Set<FormationMethod> methods = EnumSet.noneOf(FormationMethod.class);
        MEDIUM.partyOrganizations().forEach(p -> methods.add(p.getFormationMethod()));
        assertEquals(EnumSet.allOf(FormationMethod.class), methods);
        Set<HostKind> hostKinds = EnumSet.noneOf(HostKind.class);
        MEDIUM.hosts().forEach(h -> hostKinds.add(h.getKind()));
        assertEquals(EnumSet.allOf(HostKind.class), hostKinds);
    }

    @Test
    void jointBranchesCoverAtMostFiveUnitsExceptTheDeliberateMistakes() {
        List<PartyOrganization> joint = MEDIUM.partyOrganizations().stream()
                .filter(p -> p.getFormationMethod() == FormationMethod.JOINT).toList();
        long over = joint.stream().filter(p -> p.getCoveredOrganizations().size() > 5).count();
        assertTrue(over >= 1 && over <= MEDIUM.townships().size(), "over: " + over);
        assertTrue(joint.stream().allMatch(p -> p.getFullMembers() >= 3));
    }

    @Test
    void eachUnitIsCoveredByAtMostOneOrganization() {
        Set<CreditCode> seen = new HashSet<>();
        for (PartyOrganization p : MEDIUM.partyOrganizations()) {
            for (CreditCode c : p.getCoveredOrganizations()) {
                assertTrue(seen.add(c), "covered twice: " + c);
            }
        }
    }

    @Test
    void membersHaveValidIdentityNumbersAndMatchTheirOrganization() {
        for (PartyOrganization p : SMALL.partyOrganizations()) {
            PartyLife life = SMALL.lifeOf(p);
            assertEquals(p.members(), life.members().size());
            assertEquals(p.getProbationaryMembers(), life.members().stream().filter(SampleMember::probationary).count());
            for (SampleMember m : life.members()) {
                assertEquals(m.identityNumber(), IdentityNumber.parse(m.identityNumber().value()));
                assertTrue(p.getCoveredOrganizations().contains(m.workplace()));
            }
            assertEquals(life.members().size(), life.trainings().size());
        }
    }

    @Test
    void aLifeIsTheSameEachTimeItIsAskedFor() {
        PartyOrganization p = MEDIUM.partyOrganizations().get(MEDIUM.partyOrganizations().size() / 2);
        assertEquals(MEDIUM.lifeOf(p), MEDIUM.lifeOf(p));
    }

    @Test
    void admissionRecordsReachEveryStageAndSomeCarryMistakes() {
        Set<AdmissionStage> stages = EnumSet.noneOf(AdmissionStage.class);
        Set<String> mistakes = new HashSet<>();
        for (PartyOrganization p : MEDIUM.partyOrganizations()) {
            for (SampleAdmission a : MEDIUM.lifeOf(p).admissions()) {
                stages.add(a.stage());
                mistakes.add(a.deliberateMistake());
                assertTrue(!a.appliedOn().isAfter(MEDIUM.asOf()));
            }
        }
        assertEquals(EnumSet.allOf(AdmissionStage.class), stages);
        assertTrue(mistakes.size() >= 4, "mistakes: " + mistakes);
    }

    @Test
    void instructorsServeWithinCapacityAndNeverAConflictedUnit() {
        for (SampleInstructor i : MEDIUM.instructors()) {
            assertTrue(i.assignments().size() <= (i.fullTime() ? 5 : 4));
            for (CreditCode c : i.assignments()) {
                assertTrue(!i.conflicts().contains(c));
                assertTrue(MEDIUM.organization(c).orElseThrow().isInstructorAssigned());
                assertTrue(!MEDIUM.visits(i, c).isEmpty());
            }
        }
    }
}
