package org.dangjian.training.certification;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.training.TrainingParameters;
import org.dangjian.training.TrainingRules;
import org.dangjian.training.duty.ClassHours;

/**
 * Certification of party-affairs workers (党务工作者资格认证; TRN-CERT-001, TRN-CERT-002).
 *
 * <p>The seeds call for certification but set no figures, so every threshold is a local parameter with no
 * default: class hours ({@code training.certification.minClassHours}), exam score ({@code passingScore}),
 * assessment grade ({@code minGrade}), validity ({@code validity}) and renewal notice ({@code renewalNotice}).
 * Until a jurisdiction sets them the decisions are {@code INSUFFICIENT_DATA}, naming each missing one.
 * Thresholds are “at least” (the figure itself passes).
 *
 * <pre>{@code
 * CertificationPolicy.of(params).assessEligibility(facts);              // COMPLIANT: true
 * CertificationPolicy.of(params).decideStatus("W-001", issuedOn, asOf); // RENEWAL_DUE, renew from …
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CertificationPolicy {
    private final ResolvedParameters parameters;

    private CertificationPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for the parameters' jurisdiction and date.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static CertificationPolicy of(ResolvedParameters parameters) {
        return new CertificationPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Whether a worker is eligible for certification.
     *
     * @param facts the worker's facts, not null
     * @return COMPLIANT (true) when every threshold is met, NON_COMPLIANT (false) with a reason per shortfall,
     *     INSUFFICIENT_DATA when a threshold or a fact is missing, not null
     */
    public Decision<Boolean> assessEligibility(CertificationFacts facts) {
        Optional<Integer> hours = parameters.find(TrainingParameters.CERTIFICATION_MIN_HOURS);
        Optional<Integer> score = parameters.find(TrainingParameters.CERTIFICATION_PASSING_SCORE);
        Optional<AssessmentGrade> grade = parameters.find(TrainingParameters.CERTIFICATION_MIN_GRADE);
        List<Reason> missing = new ArrayList<>();
        missingParameter(hours, TrainingParameters.CERTIFICATION_MIN_HOURS, facts, missing);
        missingParameter(score, TrainingParameters.CERTIFICATION_PASSING_SCORE, facts, missing);
        missingParameter(grade, TrainingParameters.CERTIFICATION_MIN_GRADE, facts, missing);
        if (facts.getExamScore().isEmpty()) {
            missing.add(Reason.of(TrainingRules.CERTIFICATION_ELIGIBILITY, "cert.noFact").with("person", facts.getPersonId())
                    .with("fact", "examScore"));
        }
        if (facts.getGrade().isEmpty()) {
            missing.add(Reason.of(TrainingRules.CERTIFICATION_ELIGIBILITY, "cert.noFact").with("person", facts.getPersonId())
                    .with("fact", "grade"));
        }
        if (!missing.isEmpty()) {
            return Decision.insufficientData(missing);
        }
        List<Reason> shortfalls = new ArrayList<>();
        ClassHours needed = ClassHours.of(hours.get());
        if (!facts.getClassHours().meets(needed)) {
            shortfalls.add(Reason.of(TrainingRules.CERTIFICATION_ELIGIBILITY, "cert.hoursShort")
                    .with("person", facts.getPersonId()).with("hours", facts.getClassHours())
                    .read(TrainingParameters.CERTIFICATION_MIN_HOURS.name(), hours.get()));
        }
        int s = facts.getExamScore().getAsInt();
        if (s < score.get()) {
            shortfalls.add(Reason.of(TrainingRules.CERTIFICATION_ELIGIBILITY, "cert.scoreShort")
                    .with("person", facts.getPersonId()).with("score", s)
                    .read(TrainingParameters.CERTIFICATION_PASSING_SCORE.name(), score.get()));
        }
        AssessmentGrade g = facts.getGrade().get();
        if (!g.isAtLeast(grade.get())) {
            shortfalls.add(Reason.of(TrainingRules.CERTIFICATION_ELIGIBILITY, "cert.gradeShort")
                    .with("person", facts.getPersonId()).with("grade", g.label())
                    .read(TrainingParameters.CERTIFICATION_MIN_GRADE.name(), grade.get().label()));
        }
        if (!shortfalls.isEmpty()) {
            return Decision.of(Outcome.NON_COMPLIANT, false, shortfalls);
        }
        return Decision.of(Outcome.COMPLIANT, true, Reason.of(TrainingRules.CERTIFICATION_ELIGIBILITY, "cert.eligible")
                .with("person", facts.getPersonId()).with("hours", facts.getClassHours()).with("score", s)
                .with("grade", g.label())
                .read(TrainingParameters.CERTIFICATION_MIN_HOURS.name(), hours.get())
                .read(TrainingParameters.CERTIFICATION_PASSING_SCORE.name(), score.get())
                .read(TrainingParameters.CERTIFICATION_MIN_GRADE.name(), grade.get().label()));
    }

    /**
     * A certificate's state on a date: valid until the renewal period, then due for renewal, then expired
     * after its last day (counted by {@link TimeLimits}: issued 2026-01-31 for P3Y → last day 2029-01-31).
     *
     * @param personId the holder's id, not null
     * @param issuedOn the day it was issued, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT (valid), DETERMINED (renewal due), NON_COMPLIANT (expired) or INSUFFICIENT_DATA,
     *     not null
     */
    public Decision<CertificateStatus> decideStatus(String personId, LocalDate issuedOn, LocalDate asOf) {
        Optional<Period> validity = parameters.find(TrainingParameters.CERTIFICATION_VALIDITY);
        Optional<Period> notice = parameters.find(TrainingParameters.CERTIFICATION_RENEWAL_NOTICE);
        List<Reason> missing = new ArrayList<>();
        for (ParameterKey<Period> k : List.of(TrainingParameters.CERTIFICATION_VALIDITY,
                TrainingParameters.CERTIFICATION_RENEWAL_NOTICE)) {
            if (parameters.find(k).isEmpty()) {
                missing.add(Reason.of(TrainingRules.CERTIFICATION_VALIDITY_RULE, "param.missing")
                        .with("parameter", k.name()).with("person", personId));
            }
        }
        if (!missing.isEmpty()) {
            return Decision.insufficientData(missing);
        }
        LocalDate expires = TimeLimits.endOf(issuedOn, validity.get());
        LocalDate renewFrom = expires.minus(notice.get());
        CertificateState state = asOf.isAfter(expires) ? CertificateState.EXPIRED
                : asOf.isBefore(renewFrom) ? CertificateState.VALID : CertificateState.RENEWAL_DUE;
        CertificateStatus status = CertificateStatus.builder().personId(personId).state(state)
                .renewalDueFrom(renewFrom).expiresOn(expires).build();
        Outcome outcome = state == CertificateState.VALID ? Outcome.COMPLIANT
                : state == CertificateState.EXPIRED ? Outcome.NON_COMPLIANT : Outcome.DETERMINED;
        return Decision.of(outcome, status, Reason.of(TrainingRules.CERTIFICATION_VALIDITY_RULE,
                "cert.state." + state.name().toLowerCase(java.util.Locale.ROOT))
                .with("person", personId).with("issued", issuedOn).with("renewFrom", renewFrom).with("expires", expires)
                .read(TrainingParameters.CERTIFICATION_VALIDITY.name(), validity.get())
                .read(TrainingParameters.CERTIFICATION_RENEWAL_NOTICE.name(), notice.get()));
    }

    private static void missingParameter(Optional<?> value, ParameterKey<?> key, CertificationFacts f, List<Reason> out) {
        if (value.isEmpty()) {
            out.add(Reason.of(TrainingRules.CERTIFICATION_ELIGIBILITY, "param.missing").with("parameter", key.name())
                    .with("person", f.getPersonId()));
        }
    }
}
