package org.dangjian.membership;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.testing.HostileJson;
import org.dangjian.membership.admission.AdmissionRecord;
import org.dangjian.membership.admission.IntroducerStatus;
import org.dangjian.membership.admission.MeetingVote;

/** The admission-record reader answers hostile JSON with a value or one InvalidInputException, never anything else. */
class HostileJsonProperties {
    static final AdmissionRecord RECORD = AdmissionRecord.builder().applicantRef("A-1").birthDate(LocalDate.of(1995, 3, 1))
            .applicationDate(LocalDate.of(2023, 1, 10)).talkDate(LocalDate.of(2023, 1, 20))
            .activistDate(LocalDate.of(2023, 2, 1)).cultivators(2).addActivistAssessments(LocalDate.of(2023, 8, 1))
            .candidateDate(LocalDate.of(2024, 2, 5))
            .addIntroducers(IntroducerStatus.FULL_MEMBER, IntroducerStatus.FULL_MEMBER)
            .politicalReviewDate(LocalDate.of(2024, 2, 20)).trainingCompletedOn(LocalDate.of(2024, 3, 1)).trainingDays(3)
            .preReviewDate(LocalDate.of(2024, 3, 10)).admissionMeetingDate(LocalDate.of(2024, 3, 20))
            .admissionVote(MeetingVote.of(9, 8, 7)).approvalDate(LocalDate.of(2024, 4, 15))
            .build();

    @Property(tries = 2000)
    void admissionRecordReader(@ForAll("records") String json) {
        HostileJson.assertValueOrInvalidInput(() -> DangjianJson.read(json, AdmissionRecord.class));
    }

    @Provide
    Arbitrary<String> records() {
        return HostileJson.documents(DangjianJson.write(RECORD));
    }
}
