package org.dangjian.examples.county;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.PersonName;

/**
 * A record of one person's way to membership in the sample county, at whatever stage it has reached; a share of
 * the records carry a mistake on purpose (a late talk, too short as activist, one introducer, too little
 * training, a vote counted against those present, a late approval) so the validator has something to find.
 *
 * @param id the record's id, not null
 * @param partyOrganizationId the branch handling it, not null
 * @param name the applicant's name, not null
 * @param identityNumber the applicant's identity number, not null
 * @param stage the stage reached, not null
 * @param appliedOn the application date, not null
 * @param talkOn the talk with the applicant, not null
 * @param activistOn designation as activist, not null
 * @param cultivators full members assigned as cultivators
 * @param candidateOn designation as development candidate, not null
 * @param politicalReviewDone whether the political review has a written conclusion
 * @param trainingDays days of centralised training
 * @param trainingHours class hours of centralised training
 * @param introducers full members introducing
 * @param meetingOn the branch general meeting that admitted the person, not null
 * @param votersExpected members with voting rights expected at that meeting
 * @param votersPresent those present
 * @param votesFor yes votes
 * @param approvedOn the higher committee's approval, not null
 * @param conversionMeetingOn the conversion meeting, not null
 * @param conversionApprovedOn the higher committee's approval of the conversion, not null
 * @param deliberateMistake what was done wrong on purpose, or empty, not null
 */
public record SampleAdmission(String id, String partyOrganizationId, PersonName name, IdentityNumber identityNumber,
        AdmissionStage stage, LocalDate appliedOn, Optional<LocalDate> talkOn, Optional<LocalDate> activistOn,
        int cultivators, Optional<LocalDate> candidateOn, boolean politicalReviewDone, int trainingDays,
        int trainingHours, int introducers, Optional<LocalDate> meetingOn, int votersExpected, int votersPresent,
        int votesFor, Optional<LocalDate> approvedOn, Optional<LocalDate> conversionMeetingOn,
        Optional<LocalDate> conversionApprovedOn, String deliberateMistake) {}
