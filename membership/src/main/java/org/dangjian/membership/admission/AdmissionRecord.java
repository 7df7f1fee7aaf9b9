package org.dangjian.membership.admission;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * The record of a member-to-be from application to conversion: the date of each step done so far, and the
 * facts the time limits read (cultivators, introducers, training, the branch meeting's votes, extensions).
 *
 * <pre>{@code
 * AdmissionRecord r = AdmissionRecord.builder()
 *         .applicantRef("430102-A-0007").birthDate(LocalDate.of(1998, 5, 4))
 *         .applicationDate(LocalDate.of(2024, 3, 1)).talkDate(LocalDate.of(2024, 3, 20))
 *         .activistDate(LocalDate.of(2024, 4, 10)).cultivators(2)
 *         .build();
 * }</pre>
 *
 * <p>The applicant is named by a register reference, never by name or identity number. Invariants (checked on
 * build, all reported together): the reference is not blank; the applicant was born before applying and no
 * step is dated before birth; counts are not negative; a conversion meeting is not before the admission
 * meeting; a vote has its meeting's date; extension months are positive. Steps out of order or outside their
 * time limits are not invalid input but findings of {@link AdmissionPolicy#validate}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdmissionRecord.class)
@JsonDeserialize(as = ImmutableAdmissionRecord.class)
public abstract class AdmissionRecord {

    /** @return the applicant's reference in the branch's register, not blank */
    @NotBlank
    public abstract String getApplicantRef();

    /** @return the applicant's birth date, not null */
    public abstract LocalDate getBirthDate();

    /** @return the day the application was handed in, not null */
    public abstract LocalDate getApplicationDate();

    /** @return the day of the talk with the applicant, not null */
    public abstract Optional<LocalDate> getTalkDate();

    /** @return the day the applicant became an activist, not null */
    public abstract Optional<LocalDate> getActivistDate();

    /** @return the full members assigned as cultivators */
    @PositiveOrZero
    @Value.Default
    public int getCultivators() {
        return 0;
    }

    /** @return the days the activist was assessed, ascending, not null */
    public abstract List<LocalDate> getActivistAssessments();

    /** @return the day the activist became a development candidate, not null */
    public abstract Optional<LocalDate> getCandidateDate();

    /** @return the introducers' membership status, not null */
    public abstract List<IntroducerStatus> getIntroducers();

    /** @return the day the political review's written conclusion was made, not null */
    public abstract Optional<LocalDate> getPoliticalReviewDate();

    /** @return the day the nine-department joint review concluded, where required, not null */
    public abstract Optional<LocalDate> getJointReviewDate();

    /** @return the last day of the centralised training, not null */
    public abstract Optional<LocalDate> getTrainingCompletedOn();

    /** @return the days of centralised training */
    @PositiveOrZero
    @Value.Default
    public int getTrainingDays() {
        return 0;
    }

    /** @return the class hours of centralised training */
    @PositiveOrZero
    @Value.Default
    public int getTrainingClassHours() {
        return 0;
    }

    /** @return the first day of publicity, not null */
    public abstract Optional<LocalDate> getPublicityStart();

    /** @return the last day of publicity, not null */
    public abstract Optional<LocalDate> getPublicityEnd();

    /** @return the day the higher committee pre-reviewed the candidate, not null */
    public abstract Optional<LocalDate> getPreReviewDate();

    /** @return the day the candidate is expected to leave the unit, if known, not null */
    public abstract Optional<LocalDate> getExpectedDeparture();

    /** @return the day the branch general meeting voted on admission, not null */
    public abstract Optional<LocalDate> getAdmissionMeetingDate();

    /** @return the admission vote, not null */
    public abstract Optional<MeetingVote> getAdmissionVote();

    /** @return whether the higher committee may take the special-case six months to approve */
    @Value.Default
    public boolean isSpecialCase() {
        return false;
    }

    /** @return the day the higher committee approved the admission, not null */
    public abstract Optional<LocalDate> getApprovalDate();

    /** @return the day of the oath, not null */
    public abstract Optional<LocalDate> getOathDate();

    /** @return the day the branch meeting decided to extend probation, not null */
    public abstract Optional<LocalDate> getExtensionDecidedOn();

    /** @return the months of each extension decided (probation may be extended once), not null */
    public abstract List<Integer> getExtensionMonths();

    /** @return the day the branch general meeting voted on conversion, not null */
    public abstract Optional<LocalDate> getConversionMeetingDate();

    /** @return the conversion vote, not null */
    public abstract Optional<MeetingVote> getConversionVote();

    /** @return the day the higher committee approved the conversion, not null */
    public abstract Optional<LocalDate> getConversionApprovalDate();

    /** @return the day the process ended without admission or the probationary membership was cancelled, not null */
    public abstract Optional<LocalDate> getCancelledOn();

    /**
     * The reference and the dates of the steps done; the birth date is left out (personal data).
     *
     * @return such as {@code AdmissionRecord[A-0001, applied 2023-01-31, meeting 2024-05-20, …]}, not null
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AdmissionRecord[").append(getApplicantRef())
                .append(", applied ").append(getApplicationDate());
        getActivistDate().ifPresent(d -> sb.append(", activist ").append(d));
        getCandidateDate().ifPresent(d -> sb.append(", candidate ").append(d));
        getAdmissionMeetingDate().ifPresent(d -> sb.append(", meeting ").append(d));
        getConversionMeetingDate().ifPresent(d -> sb.append(", conversion ").append(d));
        getCancelledOn().ifPresent(d -> sb.append(", cancelled ").append(d));
        return sb.append(']').toString();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AdmissionRecord}. */
    public static class Builder extends ImmutableAdmissionRecord.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getApplicantRef().isBlank(), "applicantRef", "must not be blank", getApplicantRef());
        v.check(getBirthDate().isBefore(getApplicationDate()), "applicationDate",
                "an application is made after the applicant's birth", getApplicationDate());
        checkAfterBirth(v, "talkDate", getTalkDate());
        checkAfterBirth(v, "activistDate", getActivistDate());
        checkAfterBirth(v, "candidateDate", getCandidateDate());
        checkAfterBirth(v, "admissionMeetingDate", getAdmissionMeetingDate());
        checkAfterBirth(v, "conversionMeetingDate", getConversionMeetingDate());
        v.check(getCultivators() >= 0, "cultivators", "must not be negative", getCultivators());
        v.check(getTrainingDays() >= 0, "trainingDays", "must not be negative", getTrainingDays());
        v.check(getTrainingClassHours() >= 0, "trainingClassHours", "must not be negative", getTrainingClassHours());
        for (int i = 0; i < getExtensionMonths().size(); i++) {
            v.check(getExtensionMonths().get(i) > 0, "extensionMonths[" + i + "]", "an extension lasts at least a month",
                    getExtensionMonths().get(i));
        }
        v.check(getAdmissionVote().isEmpty() || getAdmissionMeetingDate().isPresent(), "admissionVote",
                "a vote needs the admission meeting's date", getAdmissionVote().orElse(null));
        v.check(getConversionVote().isEmpty() || getConversionMeetingDate().isPresent(), "conversionVote",
                "a vote needs the conversion meeting's date", getConversionVote().orElse(null));
        if (getConversionMeetingDate().isPresent()) {
            v.check(getAdmissionMeetingDate().isPresent(), "conversionMeetingDate",
                    "a conversion needs the admission meeting it follows", getConversionMeetingDate().get());
            getAdmissionMeetingDate().ifPresent(a -> v.check(!getConversionMeetingDate().get().isBefore(a),
                    "conversionMeetingDate", "a conversion cannot come before the admission meeting (" + a + ")",
                    getConversionMeetingDate().get()));
        }
        v.throwIfAny();
    }

    private void checkAfterBirth(Violations v, String path, Optional<LocalDate> d) {
        d.ifPresent(x -> v.check(x.isAfter(getBirthDate()), path, "a step is dated after the applicant's birth", x));
    }
}
