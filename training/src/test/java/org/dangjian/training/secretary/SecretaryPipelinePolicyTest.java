package org.dangjian.training.secretary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.training.TestParameters;
import org.junit.jupiter.api.Test;

class SecretaryPipelinePolicyTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    private static final SecretaryPipelinePolicy SEED_001 = SecretaryPipelinePolicy.of(PolicyParameters.nationalBaseline()
            .adopt(TestParameters.COUNTY, LocalProfile.SEED_001, TestParameters.FROM).resolve(TestParameters.COUNTY, AS_OF));

    static SecretaryCandidate candidate(String id, boolean full, CandidateSource... s) {
        return SecretaryCandidate.builder().personId(id).fullMember(full).addSources(s).build();
    }

    @Test
    void aFullMemberComesBeforeAnotherOfTheSameSource() {
        List<RankedCandidate> r = SEED_001.rankCandidates(List.of(candidate("P-1", false, CandidateSource.MEMBER_MANAGER),
                candidate("P-2", true, CandidateSource.MEMBER_MANAGER))).value();
        assertEquals("P-2", r.get(0).getPersonId());
        assertTrue(r.get(1).isReserve(), "only a full member can take the post now");
    }

    @Test
    void aLocalOrderOverridesTheSeeds() {
        SecretaryPipelinePolicy local = SecretaryPipelinePolicy.of(TestParameters.with(AS_OF,
                "training.secretary.sourceOrder", "VETERAN,MEMBER_PRINCIPAL"));
        List<RankedCandidate> r = local.rankCandidates(List.of(candidate("P-1", true, CandidateSource.MEMBER_PRINCIPAL),
                candidate("P-2", true, CandidateSource.VETERAN), candidate("P-3", true, CandidateSource.MEMBER_MANAGER))).value();
        assertEquals(List.of("P-2", "P-1", "P-3"), r.stream().map(RankedCandidate::getPersonId).toList());
    }

    @Test
    void rejectsACandidateListedTwiceOrWithoutSource() {
        assertThrows(InvalidInputException.class, () -> SEED_001.rankCandidates(List.of(
                candidate("P-1", true, CandidateSource.VETERAN), candidate("P-1", true, CandidateSource.VETERAN))));
        assertThrows(InvalidInputException.class, () -> SecretaryCandidate.builder().personId("P-1").fullMember(true).build());
        assertThrows(InvalidInputException.class, () -> TestParameters.with(AS_OF,
                "training.secretary.sourceOrder", "VETERAN,VETERAN"));
    }

    @Test
    void aFilledPostIsCompliantWithoutAnyLimit() {
        PartyOrganization filled = PartyOrganization.builder().id("B-1").name("某公司党支部").level(PartyOrganizationLevel.BRANCH)
                .formationMethod(FormationMethod.STANDALONE).jurisdiction(Jurisdiction.of("430102001"))
                .addCoveredOrganizations(CreditCode.withCheckCharacter("91430102MA4L00001")).fullMembers(3).build();
        assertEquals(Outcome.COMPLIANT, SecretaryPipelinePolicy.of(TestParameters.baseline(AS_OF)).decideVacancy(filled, AS_OF)
                .outcome());
    }
}
