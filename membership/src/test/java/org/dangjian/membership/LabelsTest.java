package org.dangjian.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.dangjian.core.parameter.ProfileValues;
import org.dangjian.membership.admission.AdmissionStep;
import org.dangjian.membership.admission.IntroducerStatus;
import org.dangjian.membership.care.CareCircumstance;
import org.dangjian.membership.dues.BaseAdjustment;
import org.dangjian.membership.dues.VoluntaryDestination;
import org.dangjian.membership.transfer.ContactStatus;
import org.dangjian.membership.transfer.MobileStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Chinese terms that explanations use for each status, step and destination. */
class LabelsTest {
    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of(AdmissionStep.TALK.label(), "党组织派人谈话"),
                Arguments.of(AdmissionStep.CONVERSION_APPROVAL.label(), "上级党委审批转正"),
                Arguments.of(IntroducerStatus.PROBATIONARY_MEMBER.label(), "预备党员"),
                Arguments.of(IntroducerStatus.FULL_MEMBER.label(), "正式党员"),
                Arguments.of(CareCircumstance.ELDERLY_LIVING_ALONE.label(), "高龄独居"),
                Arguments.of(BaseAdjustment.ANNUAL.label(), "每年核定一次党费基数"),
                Arguments.of(VoluntaryDestination.CENTRAL_COMMITTEE.label(), "全部上缴中央"),
                Arguments.of(ContactStatus.SUSPENSION_DUE.label(), "应停止党籍"),
                Arguments.of(MobileStatus.TRANSFER_REQUIRED.label(), "应转接组织关系"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("labels")
    void eachValueCarriesTheTermOfTheRegulations(String label, String expected) {
        assertEquals(expected, label);
    }

    @Test
    void theRuleSetNamesItsModuleAndShipsTheCommonLocalPracticeProfile() {
        MembershipRules rules = new MembershipRules();
        assertEquals("membership", rules.module());
        assertTrue(rules.profiles().stream().map(ProfileValues::profile)
                .anyMatch(MembershipRules.COMMON_LOCAL_PRACTICE::equals), rules.profiles().toString());
    }
}
