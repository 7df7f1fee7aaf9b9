package org.dangjian.examples.report;

import java.time.LocalDate;
import org.dangjian.examples.county.SampleAdmission;
import org.dangjian.membership.admission.AdmissionRecord;
import org.dangjian.membership.admission.IntroducerStatus;
import org.dangjian.membership.admission.MeetingVote;

/**
 * The sample county's admission records in the membership module's terms: the report validates them, and the
 * admission benchmark times the same records. The applicant is named by reference only.
 */
public final class AdmissionRecords {

    private AdmissionRecords() {}

    /**
     * One record.
     *
     * @param a the sample record, not null
     * @return the record, not null
     */
    public static AdmissionRecord of(SampleAdmission a) {
        AdmissionRecord.Builder b = AdmissionRecord.builder().applicantRef(a.id())
                .birthDate(a.identityNumber().birthDate()).applicationDate(a.appliedOn());
        a.talkOn().ifPresent(b::talkDate);
        a.activistOn().ifPresent(d -> {
            b.activistDate(d).cultivators(a.cultivators());
            LocalDate until = a.candidateOn().orElse(d.plusYears(2));
            for (LocalDate s = d.plusMonths(6); s.isBefore(until); s = s.plusMonths(6)) {
                b.addActivistAssessments(s);
            }
        });
        a.candidateOn().ifPresent(d -> {
            b.candidateDate(d);
            if (a.politicalReviewDone()) {
                b.politicalReviewDate(d.plusDays(20));
            }
            b.trainingCompletedOn(d.plusDays(30)).trainingDays(a.trainingDays()).trainingClassHours(a.trainingHours());
        });
        a.meetingOn().ifPresent(d -> {
            for (int i = 0; i < a.introducers(); i++) {
                b.addIntroducers(IntroducerStatus.FULL_MEMBER);
            }
            int expected = Math.max(1, a.votersExpected());
            int present = Math.min(a.votersPresent(), expected);
            b.publicityStart(d.minusDays(14)).publicityEnd(d.minusDays(7)).preReviewDate(d.minusDays(5))
                    .admissionMeetingDate(d)
                    .admissionVote(MeetingVote.of(expected, present, Math.min(a.votesFor(), present)));
        });
        a.approvedOn().ifPresent(d -> b.approvalDate(d).oathDate(d.plusDays(10)));
        a.conversionMeetingOn().ifPresent(d -> {
            int expected = Math.max(1, a.votersExpected());
            b.conversionMeetingDate(d).conversionVote(MeetingVote.of(expected, expected, expected));
            a.conversionApprovedOn().ifPresent(b::conversionApprovalDate);
        });
        return b.build();
    }
}
