package org.dangjian.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dangjian.core.parameter.ProfileValues;
import org.dangjian.membership.admission.AdmissionStep;
import org.dangjian.membership.admission.IntroducerStatus;
import org.dangjian.membership.care.CareCircumstance;
import org.dangjian.membership.dues.BaseAdjustment;
import org.dangjian.membership.dues.VoluntaryDestination;
import org.dangjian.membership.transfer.ContactStatus;
import org.dangjian.membership.transfer.MobileStatus;
import org.junit.jupiter.api.Test;

/** The Chinese terms that explanations use for each status, step and destination. */
class LabelsTest {
    @Test
    void eachValueCarriesTheTermOfTheRegulations() {
        assertEquals("党组织派人谈话", AdmissionStep.TALK.label());
        assertEquals("上级党委审批转正", AdmissionStep.CONVERSION_APPROVAL.label());
        assertEquals("预备党员", IntroducerStatus.PROBATIONARY_MEMBER.label());
        assertEquals("正式党员", IntroducerStatus.FULL_MEMBER.label());
        assertEquals("高龄独居", CareCircumstance.ELDERLY_LIVING_ALONE.label());
        assertEquals("每年核定一次党费基数", BaseAdjustment.ANNUAL.label());
        assertEquals("全部上缴中央", VoluntaryDestination.CENTRAL_COMMITTEE.label());
        assertEquals("应停止党籍", ContactStatus.SUSPENSION_DUE.label());
        assertEquals("应转接组织关系", MobileStatus.TRANSFER_REQUIRED.label());
    }

    @Test
    void theRuleSetNamesItsModuleAndShipsTheCommonLocalPracticeProfile() {
        MembershipRules rules = new MembershipRules();
        assertEquals("membership", rules.module());
        assertTrue(rules.profiles().stream().map(ProfileValues::profile)
                .anyMatch(MembershipRules.COMMON_LOCAL_PRACTICE::equals), rules.profiles().toString());
    }
}
