package org.dangjian.membership.admission;

import static org.dangjian.membership.MembershipParameters.*;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.membership.MembershipRules;
import org.dangjian.membership.internal.PeriodText;

/**
 * Admission (发展党员) as the jurisdiction's parameters set it: the validator of a member-to-be's record, the
 * branch meeting's vote, and the extension of probation.
 *
 * <pre>{@code
 * AdmissionPolicy policy = AdmissionPolicy.of(PolicyParameters.nationalBaseline().resolve(county, asOf));
 * Decision<AdmissionReport> d = policy.validate(record, asOf);
 * d.outcome();                          // COMPLIANT, or NON_COMPLIANT with a finding per problem
 * d.value().nextStep();                 // APPROVAL
 * d.value().nextDeadline();             // 2026-06-10
 * }</pre>
 *
 * <p><b>Counting.</b> Every time limit is counted with {@link TimeLimits} (《民法典》第二百零一条、第二百零二条):
 * the day of the event is not counted, and a period of months or years ends on the corresponding day, or on
 * the last day of the month when it has none. So “一个月内” from 01-31 ends on 02-28 (02-29 in a leap year);
 * “满一年” from 2024-02-29 is reached on 2025-02-28; “三个月内” from 11-30 ends on 02-28/29. The age of 18 is
 * reached on the 18th birthday (for a 29 February birthday, on 28 February of a common year). Probation of a
 * year expires on the anniversary of the admission meeting, and the conversion meeting may be held from that
 * day on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AdmissionPolicy {
    private final ResolvedParameters parameters;
    private final Integer minimumAge;
    private final Period talkWithin;
    private final Integer minCultivators;
    private final Integer maxCultivators;
    private final Period assessmentInterval;
    private final Period activistPeriod;
    private final Integer introducers;
    private final boolean jointReviewRequired;
    private final Integer trainingDays;
    private final Integer trainingClassHours;
    private final Integer publicityDays;
    private final Period departureWithin;
    private final Fraction quorum;
    private final Fraction majority;
    private final Period approvalWithin;
    private final Period approvalWithinSpecial;
    private final Period probation;
    private final Integer extensionMin;
    private final Integer extensionMax;
    private final Period conversionApprovalWithin;

    private AdmissionPolicy(ResolvedParameters p) {
        this.parameters = p;
        this.minimumAge = p.find(ADMISSION_MINIMUM_AGE).orElse(null);
        this.talkWithin = p.find(ADMISSION_TALK_WITHIN).orElse(null);
        this.minCultivators = p.find(ADMISSION_MIN_CULTIVATORS).orElse(null);
        this.maxCultivators = p.find(ADMISSION_MAX_CULTIVATORS).orElse(null);
        this.assessmentInterval = p.find(ADMISSION_ASSESSMENT_INTERVAL).orElse(null);
        this.activistPeriod = p.find(ADMISSION_ACTIVIST_PERIOD).orElse(null);
        this.introducers = p.find(ADMISSION_INTRODUCERS).orElse(null);
        this.jointReviewRequired = p.find(ADMISSION_JOINT_REVIEW_REQUIRED).orElse(false);
        this.trainingDays = p.find(ADMISSION_TRAINING_DAYS).orElse(null);
        this.trainingClassHours = p.find(ADMISSION_TRAINING_CLASS_HOURS).orElse(null);
        this.publicityDays = p.find(ADMISSION_PUBLICITY_DAYS).orElse(null);
        this.departureWithin = p.find(ADMISSION_DEPARTURE_WITHIN).orElse(null);
        this.quorum = p.find(VOTE_QUORUM).orElse(null);
        this.majority = p.find(VOTE_MAJORITY).orElse(null);
        this.approvalWithin = p.find(ADMISSION_APPROVAL_WITHIN).orElse(null);
        this.approvalWithinSpecial = p.find(ADMISSION_APPROVAL_WITHIN_SPECIAL).orElse(null);
        this.probation = p.find(ADMISSION_PROBATION).orElse(null);
        this.extensionMin = p.find(ADMISSION_EXTENSION_MIN_MONTHS).orElse(null);
        this.extensionMax = p.find(ADMISSION_EXTENSION_MAX_MONTHS).orElse(null);
        this.conversionApprovalWithin = p.find(ADMISSION_CONVERSION_APPROVAL_WITHIN).orElse(null);
    }

    /**
     * The policy for resolved parameters.
     *
     * @param parameters the parameters in force for a jurisdiction and date, not null
     * @return the policy, not null
     */
    public static AdmissionPolicy of(ResolvedParameters parameters) {
        return new AdmissionPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /** @return the parameters the policy was built from, not null */
    public ResolvedParameters parameters() {
        return parameters;
    }

    /**
     * Decides a branch meeting's vote with the jurisdiction's quorum and majority (national: more than half of
     * the members with voting rights expected, for both).
     *
     * @param vote the vote, not null
     * @return COMPLIANT with true when passed, NON_COMPLIANT with false otherwise; INSUFFICIENT_DATA when
     *     the shares are not set, not null
     */
    public Decision<Boolean> decideVote(MeetingVote vote) {
        if (quorum == null || majority == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.VOTE_MAJORITY_RULE, "parameter.unset")
                    .with("parameter", VOTE_QUORUM.name() + ", " + VOTE_MAJORITY.name())));
        }
        return vote.decide(quorum, majority);
    }

    /**
     * Decides an extension of probation decided at the meeting on its expiry: once only, by
     * {@code extensionMinMonths}–{@code extensionMaxMonths} (6–12) whole months.
     *
     * @param expiry the day probation expires, not null
     * @param months the months of the extension
     * @param previousExtensions how many extensions were decided before
     * @return DETERMINED with the new expiry; NON_COMPLIANT without a value when not allowed, not null
     */
    public Decision<LocalDate> decideExtension(LocalDate expiry, int months, int previousExtensions) {
        if (extensionMin == null || extensionMax == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.ADM_EXTENSION, "parameter.unset")
                    .with("parameter", ADMISSION_EXTENSION_MIN_MONTHS.name())));
        }
        if (previousExtensions > 0) {
            return Decision.of(Outcome.NON_COMPLIANT, null, extensionOnce(previousExtensions + 1));
        }
        if (months < extensionMin || months > extensionMax) {
            return Decision.of(Outcome.NON_COMPLIANT, null, extensionRange(months));
        }
        LocalDate end = TimeLimits.endOf(expiry, Period.ofMonths(months));
        return Decision.determined(end, List.of(Reason.of(MembershipRules.ADM_EXTENSION, "adm.extension.ok")
                .with("months", months).with("expiry", end).read(ADMISSION_EXTENSION_MIN_MONTHS.name(), extensionMin)
                .read(ADMISSION_EXTENSION_MAX_MONTHS.name(), extensionMax)));
    }

    private Reason extensionOnce(int count) {
        return Reason.of(MembershipRules.ADM_EXTENSION, "adm.extension.once").with("count", count);
    }

    private Reason extensionRange(int months) {
        return Reason.of(MembershipRules.ADM_EXTENSION, "adm.extension.range").with("months", months)
                .read(ADMISSION_EXTENSION_MIN_MONTHS.name(), extensionMin)
                .read(ADMISSION_EXTENSION_MAX_MONTHS.name(), extensionMax);
    }

    /**
     * Validates a record on a date: lists every step done out of order, too early or too late, every step
     * overdue by the date, and every figure missing, each with its citation; and names the next step with
     * the earliest day it may happen and its deadline.
     *
     * @param record the record, not null
     * @param asOf the date of the check, not null
     * @return COMPLIANT when nothing was found; NON_COMPLIANT when a rule is broken; INSUFFICIENT_DATA when
     *     only figures are missing; the value is the report in every case, not null
     */
    public Decision<AdmissionReport> validate(AdmissionRecord record, LocalDate asOf) {
        return new Check(record, asOf).run();
    }

    /** One validation run: collects findings in step order. */
    private final class Check {
        private final AdmissionRecord r;
        private final LocalDate asOf;
        private final List<AdmissionFinding> findings = new ArrayList<>();

        Check(AdmissionRecord r, LocalDate asOf) {
            this.r = r;
            this.asOf = Objects.requireNonNull(asOf, "asOf");
        }

        private void fail(AdmissionStep step, Reason reason, LocalDate earliest, LocalDate deadline) {
            findings.add(new AdmissionFinding(step, Outcome.NON_COMPLIANT, reason, earliest, deadline));
        }

        private void missingFigure(AdmissionStep step, Rule rule, String parameter) {
            findings.add(new AdmissionFinding(step, Outcome.INSUFFICIENT_DATA,
                    Reason.of(rule, "parameter.unset").with("parameter", parameter), null, null));
        }

        /** A step dated before one that must precede it. */
        private void order(AdmissionStep earlierStep, Optional<LocalDate> earlier, AdmissionStep laterStep,
                Optional<LocalDate> later) {
            if (earlier.isPresent() && later.isPresent() && later.get().isBefore(earlier.get())) {
                fail(laterStep, Reason.of(MembershipRules.ADM_ORDER, "adm.order.backwards")
                        .with("step", laterStep.label()).with("date", later.get())
                        .with("before", earlierStep.label()).with("beforeDate", earlier.get()), earlier.get(), null);
            }
        }

        /** A step recorded while one that must precede it is missing. */
        private void requires(AdmissionStep laterStep, Optional<LocalDate> later, AdmissionStep earlierStep,
                Optional<LocalDate> earlier) {
            if (later.isPresent() && earlier.isEmpty()) {
                fail(earlierStep, Reason.of(MembershipRules.ADM_ORDER, "adm.order.missing")
                        .with("step", laterStep.label()).with("missing", earlierStep.label()), null, later.get());
            }
        }

        private void notInFuture(AdmissionStep step, Optional<LocalDate> d) {
            if (d.isPresent() && d.get().isAfter(asOf)) {
                fail(step, Reason.of(MembershipRules.ADM_ORDER, "adm.order.future").with("step", step.label())
                        .with("date", d.get()).with("asOf", asOf), null, null);
            }
        }

        Decision<AdmissionReport> run() {
            Optional<LocalDate> app = Optional.of(r.getApplicationDate());
            Optional<LocalDate> talk = r.getTalkDate();
            Optional<LocalDate> activist = r.getActivistDate();
            Optional<LocalDate> candidate = r.getCandidateDate();
            Optional<LocalDate> review = r.getPoliticalReviewDate();
            Optional<LocalDate> joint = r.getJointReviewDate();
            Optional<LocalDate> training = r.getTrainingCompletedOn();
            Optional<LocalDate> pubStart = r.getPublicityStart();
            Optional<LocalDate> pubEnd = r.getPublicityEnd();
            Optional<LocalDate> preReview = r.getPreReviewDate();
            Optional<LocalDate> meeting = r.getAdmissionMeetingDate();
            Optional<LocalDate> approval = r.getApprovalDate();
            Optional<LocalDate> oath = r.getOathDate();
            Optional<LocalDate> conversion = r.getConversionMeetingDate();
            Optional<LocalDate> conversionApproval = r.getConversionApprovalDate();

            // Dates recorded after the date of the check.
            notInFuture(AdmissionStep.APPLICATION, app);
            notInFuture(AdmissionStep.TALK, talk);
            notInFuture(AdmissionStep.ACTIVIST, activist);
            notInFuture(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate);
            notInFuture(AdmissionStep.POLITICAL_REVIEW, review);
            notInFuture(AdmissionStep.JOINT_REVIEW, joint);
            notInFuture(AdmissionStep.TRAINING, training);
            notInFuture(AdmissionStep.PUBLICITY, pubEnd);
            notInFuture(AdmissionStep.PRE_REVIEW, preReview);
            notInFuture(AdmissionStep.ADMISSION_MEETING, meeting);
            notInFuture(AdmissionStep.APPROVAL, approval);
            notInFuture(AdmissionStep.OATH, oath);
            notInFuture(AdmissionStep.CONVERSION_MEETING, conversion);
            notInFuture(AdmissionStep.CONVERSION_APPROVAL, conversionApproval);

            // The order of the steps (发展细则: five stages, twenty-five steps).
            order(AdmissionStep.APPLICATION, app, AdmissionStep.TALK, talk);
            order(AdmissionStep.APPLICATION, app, AdmissionStep.ACTIVIST, activist);
            order(AdmissionStep.TALK, talk, AdmissionStep.ACTIVIST, activist);
            order(AdmissionStep.ACTIVIST, activist, AdmissionStep.DEVELOPMENT_CANDIDATE, candidate);
            order(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate, AdmissionStep.POLITICAL_REVIEW, review);
            order(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate, AdmissionStep.JOINT_REVIEW, joint);
            order(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate, AdmissionStep.TRAINING, training);
            order(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate, AdmissionStep.PUBLICITY, pubStart);
            order(AdmissionStep.PUBLICITY, pubStart, AdmissionStep.PUBLICITY, pubEnd);
            order(AdmissionStep.POLITICAL_REVIEW, review, AdmissionStep.PRE_REVIEW, preReview);
            order(AdmissionStep.JOINT_REVIEW, joint, AdmissionStep.PRE_REVIEW, preReview);
            order(AdmissionStep.TRAINING, training, AdmissionStep.PRE_REVIEW, preReview);
            order(AdmissionStep.PUBLICITY, pubEnd, AdmissionStep.PRE_REVIEW, preReview);
            order(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate, AdmissionStep.PRE_REVIEW, preReview);
            order(AdmissionStep.PRE_REVIEW, preReview, AdmissionStep.ADMISSION_MEETING, meeting);
            order(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate, AdmissionStep.ADMISSION_MEETING, meeting);
            order(AdmissionStep.ADMISSION_MEETING, meeting, AdmissionStep.APPROVAL, approval);
            order(AdmissionStep.APPROVAL, approval, AdmissionStep.OATH, oath);
            order(AdmissionStep.APPROVAL, approval, AdmissionStep.CONVERSION_MEETING, conversion);
            order(AdmissionStep.CONVERSION_MEETING, conversion, AdmissionStep.CONVERSION_APPROVAL, conversionApproval);
            requires(AdmissionStep.ACTIVIST, activist, AdmissionStep.TALK, talk);
            requires(AdmissionStep.DEVELOPMENT_CANDIDATE, candidate, AdmissionStep.ACTIVIST, activist);
            requires(AdmissionStep.PRE_REVIEW, preReview, AdmissionStep.DEVELOPMENT_CANDIDATE, candidate);
            if (meeting.isPresent() && preReview.isEmpty()) {
                fail(AdmissionStep.PRE_REVIEW, Reason.of(MembershipRules.ADM_PRE_REVIEW, "adm.preReview.missing")
                        .with("meeting", meeting.get()), r.getCandidateDate().orElse(null), meeting.get());
            }
            requires(AdmissionStep.APPROVAL, approval, AdmissionStep.ADMISSION_MEETING, meeting);
            requires(AdmissionStep.OATH, oath, AdmissionStep.APPROVAL, approval);
            requires(AdmissionStep.CONVERSION_MEETING, conversion, AdmissionStep.APPROVAL, approval);
            requires(AdmissionStep.CONVERSION_APPROVAL, conversionApproval, AdmissionStep.CONVERSION_MEETING, conversion);
            if (pubEnd.isPresent() != pubStart.isPresent()) {
                fail(AdmissionStep.PUBLICITY, Reason.of(MembershipRules.ADM_ORDER, "adm.publicity.incomplete"), null, null);
            }

            checkAge();
            checkTalk(talk);
            checkActivist(activist, candidate);
            checkCandidate(activist, candidate);
            boolean beforeMeeting = preReview.isPresent() || meeting.isPresent();
            checkIntroducers(candidate, beforeMeeting);
            checkReviews(review, joint, beforeMeeting);
            checkTraining(training, beforeMeeting);
            checkPublicity(pubStart, pubEnd, beforeMeeting);
            checkDeparture(meeting);
            checkVote(AdmissionStep.ADMISSION_MEETING, r.getAdmissionVote(), meeting);
            LocalDate approvalDeadline = checkApproval(meeting, approval);
            LocalDate expiry = checkProbation(meeting, conversion);
            checkVote(AdmissionStep.CONVERSION_MEETING, r.getConversionVote(), conversion);
            LocalDate conversionDeadline = checkConversionApproval(conversion, conversionApproval);

            return report(approvalDeadline, expiry, conversionDeadline);
        }

        private void checkAge() {
            if (minimumAge == null) {
                missingFigure(AdmissionStep.APPLICATION, MembershipRules.ADM_MINIMUM_AGE, ADMISSION_MINIMUM_AGE.name());
                return;
            }
            LocalDate reached = TimeLimits.endOf(r.getBirthDate(), Period.ofYears(minimumAge));
            if (r.getApplicationDate().isBefore(reached)) {
                fail(AdmissionStep.APPLICATION, Reason.of(MembershipRules.ADM_MINIMUM_AGE, "adm.age.under")
                        .with("date", r.getApplicationDate()).with("reached", reached)
                        .read(ADMISSION_MINIMUM_AGE.name(), minimumAge), reached, null);
            }
        }

        private void checkTalk(Optional<LocalDate> talk) {
            if (talkWithin == null) {
                missingFigure(AdmissionStep.TALK, MembershipRules.ADM_TALK, ADMISSION_TALK_WITHIN.name());
                return;
            }
            LocalDate deadline = TimeLimits.endOf(r.getApplicationDate(), talkWithin);
            if (talk.isPresent() && talk.get().isAfter(deadline)) {
                fail(AdmissionStep.TALK, PeriodText.with(Reason.of(MembershipRules.ADM_TALK, "adm.talk.late")
                        .with("date", talk.get()).with("deadline", deadline)
                        .read(ADMISSION_TALK_WITHIN.name(), talkWithin), "period", talkWithin),
                        r.getApplicationDate(), deadline);
            } else if (talk.isEmpty() && asOf.isAfter(deadline) && r.getCancelledOn().isEmpty()) {
                fail(AdmissionStep.TALK, Reason.of(MembershipRules.ADM_TALK, "adm.talk.overdue")
                        .with("deadline", deadline).read(ADMISSION_TALK_WITHIN.name(), talkWithin),
                        r.getApplicationDate(), deadline);
            }
        }

        private void checkActivist(Optional<LocalDate> activist, Optional<LocalDate> candidate) {
            if (activist.isEmpty()) {
                return;
            }
            if (minCultivators == null || maxCultivators == null) {
                missingFigure(AdmissionStep.ACTIVIST, MembershipRules.ADM_CULTIVATORS, ADMISSION_MIN_CULTIVATORS.name());
            } else if (r.getCultivators() < minCultivators || r.getCultivators() > maxCultivators) {
                fail(AdmissionStep.ACTIVIST, Reason.of(MembershipRules.ADM_CULTIVATORS, "adm.cultivators")
                        .with("count", r.getCultivators()).read(ADMISSION_MIN_CULTIVATORS.name(), minCultivators)
                        .read(ADMISSION_MAX_CULTIVATORS.name(), maxCultivators), null, null);
            }
            if (assessmentInterval == null) {
                missingFigure(AdmissionStep.ACTIVIST, MembershipRules.ADM_ASSESSMENTS,
                        ADMISSION_ASSESSMENT_INTERVAL.name());
                return;
            }
            LocalDate previous = activist.get();
            for (LocalDate a : r.getActivistAssessments()) {
                if (a.isBefore(previous)) {
                    fail(AdmissionStep.ACTIVIST, Reason.of(MembershipRules.ADM_ORDER, "adm.order.assessment")
                            .with("date", a).with("beforeDate", previous), previous, null);
                    continue;
                }
                LocalDate due = TimeLimits.endOf(previous, assessmentInterval);
                if (a.isAfter(due)) {
                    fail(AdmissionStep.ACTIVIST, PeriodText.with(Reason.of(MembershipRules.ADM_ASSESSMENTS,
                            "adm.assessment.late").with("date", a).with("deadline", due)
                            .read(ADMISSION_ASSESSMENT_INTERVAL.name(), assessmentInterval), "period",
                            assessmentInterval), previous, due);
                }
                previous = a;
            }
            LocalDate end = candidate.orElse(r.getCancelledOn().orElse(asOf));
            LocalDate due = TimeLimits.endOf(previous, assessmentInterval);
            if (end.isAfter(due)) {
                fail(AdmissionStep.ACTIVIST, Reason.of(MembershipRules.ADM_ASSESSMENTS, "adm.assessment.overdue")
                        .with("deadline", due).read(ADMISSION_ASSESSMENT_INTERVAL.name(), assessmentInterval),
                        previous, due);
            }
        }

        private void checkCandidate(Optional<LocalDate> activist, Optional<LocalDate> candidate) {
            if (candidate.isEmpty() || activist.isEmpty()) {
                return;
            }
            if (activistPeriod == null) {
                missingFigure(AdmissionStep.DEVELOPMENT_CANDIDATE, MembershipRules.ADM_ACTIVIST_YEAR,
                        ADMISSION_ACTIVIST_PERIOD.name());
                return;
            }
            LocalDate earliest = TimeLimits.endOf(activist.get(), activistPeriod);
            if (candidate.get().isBefore(earliest)) {
                fail(AdmissionStep.DEVELOPMENT_CANDIDATE, Reason.of(MembershipRules.ADM_ACTIVIST_YEAR,
                        "adm.activist.tooEarly").with("date", candidate.get()).with("earliest", earliest)
                        .read(ADMISSION_ACTIVIST_PERIOD.name(), activistPeriod), earliest, null);
            }
        }

        private void checkIntroducers(Optional<LocalDate> candidate, boolean beforeMeeting) {
            long probationary = r.getIntroducers().stream().filter(s -> s == IntroducerStatus.PROBATIONARY_MEMBER).count();
            if (probationary > 0) {
                fail(AdmissionStep.INTRODUCERS, Reason.of(MembershipRules.ADM_INTRODUCERS, "adm.introducers.probationary")
                        .with("count", probationary), null, null);
            }
            if (!beforeMeeting) {
                return;
            }
            if (introducers == null) {
                missingFigure(AdmissionStep.INTRODUCERS, MembershipRules.ADM_INTRODUCERS, ADMISSION_INTRODUCERS.name());
                return;
            }
            long full = r.getIntroducers().size() - probationary;
            if (full < introducers) {
                fail(AdmissionStep.INTRODUCERS, Reason.of(MembershipRules.ADM_INTRODUCERS, "adm.introducers.missing")
                        .with("count", full).read(ADMISSION_INTRODUCERS.name(), introducers),
                        candidate.orElse(null), null);
            }
        }

        private void checkReviews(Optional<LocalDate> review, Optional<LocalDate> joint, boolean beforeMeeting) {
            if (beforeMeeting && review.isEmpty()) {
                fail(AdmissionStep.POLITICAL_REVIEW, Reason.of(MembershipRules.ADM_POLITICAL_REVIEW,
                        "adm.review.missing"), r.getCandidateDate().orElse(null), null);
            }
            if (jointReviewRequired && beforeMeeting && joint.isEmpty()) {
                fail(AdmissionStep.JOINT_REVIEW, Reason.of(MembershipRules.ADM_JOINT_REVIEW, "adm.jointReview.missing")
                        .read(ADMISSION_JOINT_REVIEW_REQUIRED.name(), true), r.getCandidateDate().orElse(null), null);
            }
        }

        private void checkTraining(Optional<LocalDate> training, boolean beforeMeeting) {
            if (training.isEmpty()) {
                if (beforeMeeting) {
                    fail(AdmissionStep.TRAINING, Reason.of(MembershipRules.ADM_TRAINING, "adm.training.missing"),
                            r.getCandidateDate().orElse(null), null);
                }
                return;
            }
            if (trainingDays == null || trainingClassHours == null) {
                missingFigure(AdmissionStep.TRAINING, MembershipRules.ADM_TRAINING, ADMISSION_TRAINING_DAYS.name());
                return;
            }
            // 不少于三天（或不少于24个学时）: either figure suffices.
            if (r.getTrainingDays() < trainingDays && r.getTrainingClassHours() < trainingClassHours) {
                fail(AdmissionStep.TRAINING, Reason.of(MembershipRules.ADM_TRAINING, "adm.training.short")
                        .with("days", r.getTrainingDays()).with("hours", r.getTrainingClassHours())
                        .read(ADMISSION_TRAINING_DAYS.name(), trainingDays)
                        .read(ADMISSION_TRAINING_CLASS_HOURS.name(), trainingClassHours), null, null);
            }
        }

        private void checkPublicity(Optional<LocalDate> start, Optional<LocalDate> end, boolean beforeMeeting) {
            if (publicityDays == null) {
                if (start.isPresent()) {
                    missingFigure(AdmissionStep.PUBLICITY, MembershipRules.ADM_PUBLICITY, ADMISSION_PUBLICITY_DAYS.name());
                }
                return;
            }
            if (start.isEmpty() || end.isEmpty()) {
                if (beforeMeeting) {
                    fail(AdmissionStep.PUBLICITY, Reason.of(MembershipRules.ADM_PUBLICITY, "adm.publicity.missing")
                            .read(ADMISSION_PUBLICITY_DAYS.name(), publicityDays), r.getCandidateDate().orElse(null), null);
                }
                return;
            }
            long days = ChronoUnit.DAYS.between(start.get(), end.get()) + 1;
            if (days < publicityDays) {
                fail(AdmissionStep.PUBLICITY, Reason.of(MembershipRules.ADM_PUBLICITY, "adm.publicity.short")
                        .with("days", days).read(ADMISSION_PUBLICITY_DAYS.name(), publicityDays), null, null);
            }
        }

        private void checkDeparture(Optional<LocalDate> meeting) {
            if (r.getExpectedDeparture().isEmpty() || departureWithin == null || r.getApprovalDate().isPresent()) {
                return;
            }
            LocalDate from = meeting.orElse(asOf);
            LocalDate departure = r.getExpectedDeparture().get();
            if (TimeLimits.isWithin(from, departureWithin, departure)) {
                fail(AdmissionStep.ADMISSION_MEETING, PeriodText.with(Reason.of(MembershipRules.ADM_DEPARTURE,
                        "adm.departure").with("departure", departure).with("from", from)
                        .read(ADMISSION_DEPARTURE_WITHIN.name(), departureWithin), "period", departureWithin),
                        null, null);
            }
        }

        private void checkVote(AdmissionStep step, Optional<MeetingVote> vote, Optional<LocalDate> meeting) {
            if (meeting.isEmpty()) {
                return;
            }
            if (vote.isEmpty()) {
                findings.add(new AdmissionFinding(step, Outcome.INSUFFICIENT_DATA,
                        Reason.of(MembershipRules.VOTE_MAJORITY_RULE, "adm.vote.missing").with("step", step.label()),
                        null, null));
                return;
            }
            Decision<Boolean> d = decideVote(vote.get());
            if (d.outcome() == Outcome.INSUFFICIENT_DATA) {
                findings.add(new AdmissionFinding(step, Outcome.INSUFFICIENT_DATA, d.reasons().get(0), null, null));
                return;
            }
            if (!d.value()) {
                for (Reason reason : d.reasons()) {
                    if (reason.messageKey().endsWith(".missed")) {
                        fail(step, reason, null, null);
                    }
                }
            }
        }

        private LocalDate checkApproval(Optional<LocalDate> meeting, Optional<LocalDate> approval) {
            if (meeting.isEmpty()) {
                return null;
            }
            Period within = r.isSpecialCase() ? approvalWithinSpecial : approvalWithin;
            String parameter = r.isSpecialCase() ? ADMISSION_APPROVAL_WITHIN_SPECIAL.name() : ADMISSION_APPROVAL_WITHIN.name();
            if (within == null) {
                missingFigure(AdmissionStep.APPROVAL, MembershipRules.ADM_APPROVAL, parameter);
                return null;
            }
            LocalDate deadline = TimeLimits.endOf(meeting.get(), within);
            if (approval.isPresent() && approval.get().isAfter(deadline)) {
                fail(AdmissionStep.APPROVAL, Reason.of(MembershipRules.ADM_APPROVAL, "adm.approval.late")
                        .with("date", approval.get()).with("deadline", deadline).read(parameter, within),
                        meeting.get(), deadline);
            } else if (approval.isEmpty() && asOf.isAfter(deadline) && r.getCancelledOn().isEmpty()) {
                fail(AdmissionStep.APPROVAL, Reason.of(MembershipRules.ADM_APPROVAL, "adm.approval.overdue")
                        .with("deadline", deadline).read(parameter, within), meeting.get(), deadline);
            }
            return deadline;
        }

        private LocalDate checkProbation(Optional<LocalDate> meeting, Optional<LocalDate> conversion) {
            if (meeting.isEmpty()) {
                return null;
            }
            if (probation == null) {
                missingFigure(AdmissionStep.CONVERSION_MEETING, MembershipRules.ADM_PROBATION, ADMISSION_PROBATION.name());
                return null;
            }
            LocalDate expiry = TimeLimits.endOf(meeting.get(), probation);
            List<Integer> extensions = r.getExtensionMonths();
            if (!extensions.isEmpty() || r.getExtensionDecidedOn().isPresent()) {
                if (extensionMin == null || extensionMax == null) {
                    missingFigure(AdmissionStep.CONVERSION_MEETING, MembershipRules.ADM_EXTENSION,
                            ADMISSION_EXTENSION_MIN_MONTHS.name());
                } else {
                    if (extensions.size() > 1) {
                        fail(AdmissionStep.CONVERSION_MEETING, extensionOnce(extensions.size()), null, null);
                    }
                    for (int months : extensions) {
                        if (months < extensionMin || months > extensionMax) {
                            fail(AdmissionStep.CONVERSION_MEETING, extensionRange(months), null, null);
                        }
                    }
                }
                if (extensions.isEmpty()) {
                    fail(AdmissionStep.CONVERSION_MEETING, Reason.of(MembershipRules.ADM_EXTENSION,
                            "adm.extension.noLength"), null, null);
                }
                LocalDate firstExpiry = expiry;
                r.getExtensionDecidedOn().filter(d -> d.isBefore(firstExpiry))
                        .ifPresent(d -> fail(AdmissionStep.CONVERSION_MEETING, Reason.of(MembershipRules.ADM_EXTENSION,
                                "adm.extension.early").with("date", d).with("expiry", firstExpiry), firstExpiry, null));
                if (!extensions.isEmpty()) {
                    expiry = TimeLimits.endOf(expiry, Period.ofMonths(extensions.get(0)));
                }
            }
            if (conversion.isPresent() && conversion.get().isBefore(expiry)) {
                fail(AdmissionStep.CONVERSION_MEETING, Reason.of(MembershipRules.ADM_CONVERSION, "adm.conversion.early")
                        .with("date", conversion.get()).with("expiry", expiry)
                        .read(ADMISSION_PROBATION.name(), probation), expiry, null);
            }
            return expiry;
        }

        private LocalDate checkConversionApproval(Optional<LocalDate> conversion, Optional<LocalDate> approval) {
            if (conversion.isEmpty()) {
                return null;
            }
            if (conversionApprovalWithin == null) {
                missingFigure(AdmissionStep.CONVERSION_APPROVAL, MembershipRules.ADM_CONVERSION,
                        ADMISSION_CONVERSION_APPROVAL_WITHIN.name());
                return null;
            }
            LocalDate deadline = TimeLimits.endOf(conversion.get(), conversionApprovalWithin);
            if (approval.isPresent() && approval.get().isAfter(deadline)) {
                fail(AdmissionStep.CONVERSION_APPROVAL, Reason.of(MembershipRules.ADM_CONVERSION,
                        "adm.conversionApproval.late").with("date", approval.get()).with("deadline", deadline)
                        .read(ADMISSION_CONVERSION_APPROVAL_WITHIN.name(), conversionApprovalWithin),
                        conversion.get(), deadline);
            } else if (approval.isEmpty() && asOf.isAfter(deadline) && r.getCancelledOn().isEmpty()) {
                fail(AdmissionStep.CONVERSION_APPROVAL, Reason.of(MembershipRules.ADM_CONVERSION,
                        "adm.conversionApproval.overdue").with("deadline", deadline)
                        .read(ADMISSION_CONVERSION_APPROVAL_WITHIN.name(), conversionApprovalWithin),
                        conversion.get(), deadline);
            }
            return deadline;
        }

        private Decision<AdmissionReport> report(LocalDate approvalDeadline, LocalDate expiry,
                LocalDate conversionDeadline) {
            AdmissionStep next = null;
            LocalDate earliest = null;
            LocalDate deadline = null;
            if (r.getCancelledOn().isEmpty()) {
                LocalDate candidate = r.getCandidateDate().orElse(null);
                if (r.getTalkDate().isEmpty()) {
                    next = AdmissionStep.TALK;
                    earliest = r.getApplicationDate();
                    deadline = talkWithin == null ? null : TimeLimits.endOf(r.getApplicationDate(), talkWithin);
                } else if (r.getActivistDate().isEmpty()) {
                    next = AdmissionStep.ACTIVIST;
                    earliest = r.getTalkDate().get();
                } else if (candidate == null) {
                    next = AdmissionStep.DEVELOPMENT_CANDIDATE;
                    earliest = activistPeriod == null ? null : TimeLimits.endOf(r.getActivistDate().get(), activistPeriod);
                } else if (r.getAdmissionMeetingDate().isEmpty()) {
                    long full = r.getIntroducers().stream().filter(s -> s == IntroducerStatus.FULL_MEMBER).count();
                    earliest = candidate;
                    if (introducers != null && full < introducers) {
                        next = AdmissionStep.INTRODUCERS;
                    } else if (r.getPoliticalReviewDate().isEmpty()) {
                        next = AdmissionStep.POLITICAL_REVIEW;
                    } else if (jointReviewRequired && r.getJointReviewDate().isEmpty()) {
                        next = AdmissionStep.JOINT_REVIEW;
                    } else if (r.getTrainingCompletedOn().isEmpty()) {
                        next = AdmissionStep.TRAINING;
                    } else if (publicityDays != null && r.getPublicityEnd().isEmpty()) {
                        next = AdmissionStep.PUBLICITY;
                    } else if (r.getPreReviewDate().isEmpty()) {
                        next = AdmissionStep.PRE_REVIEW;
                        earliest = latest(candidate, r.getPoliticalReviewDate(), r.getJointReviewDate(),
                                r.getTrainingCompletedOn(), r.getPublicityEnd());
                    } else {
                        next = AdmissionStep.ADMISSION_MEETING;
                        earliest = r.getPreReviewDate().get();
                    }
                } else if (r.getApprovalDate().isEmpty()) {
                    next = AdmissionStep.APPROVAL;
                    earliest = r.getAdmissionMeetingDate().get();
                    deadline = approvalDeadline;
                } else if (r.getOathDate().isEmpty()) {
                    next = AdmissionStep.OATH;
                    earliest = r.getApprovalDate().get();
                } else if (r.getConversionMeetingDate().isEmpty()) {
                    next = AdmissionStep.CONVERSION_MEETING;
                    earliest = expiry;
                } else if (r.getConversionApprovalDate().isEmpty()) {
                    next = AdmissionStep.CONVERSION_APPROVAL;
                    earliest = r.getConversionMeetingDate().get();
                    deadline = conversionDeadline;
                }
            }
            AdmissionReport report = new AdmissionReport(findings, next, earliest, deadline, expiry);
            List<Reason> reasons = new ArrayList<>();
            boolean broken = false;
            for (AdmissionFinding f : findings) {
                reasons.add(f.reason());
                broken |= f.outcome() == Outcome.NON_COMPLIANT;
            }
            if (expiry != null) {
                reasons.add(Reason.of(MembershipRules.ADM_PROBATION, "adm.probation").with("expiry", expiry)
                        .with("meeting", r.getAdmissionMeetingDate().orElseThrow()));
            }
            if (next != null) {
                reasons.add(Reason.of(MembershipRules.ADM_ORDER, deadline == null ? "adm.next" : "adm.next.deadline")
                        .with("step", next.label()).with("earliest", earliest == null ? "—" : earliest)
                        .with("deadline", deadline == null ? "—" : deadline));
            }
            Outcome outcome = broken ? Outcome.NON_COMPLIANT
                    : findings.isEmpty() ? Outcome.COMPLIANT : Outcome.INSUFFICIENT_DATA;
            return Decision.of(outcome, report, reasons);
        }

        @SafeVarargs
        private LocalDate latest(LocalDate first, Optional<LocalDate>... more) {
            LocalDate max = first;
            for (Optional<LocalDate> d : more) {
                if (d.isPresent() && d.get().isAfter(max)) {
                    max = d.get();
                }
            }
            return max;
        }
    }
}
