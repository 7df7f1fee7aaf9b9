package org.dangjian.training.duty;

import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.Rule;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.training.TrainingParameters;
import org.dangjian.training.TrainingRules;

/**
 * The training duties of one person for a year, and coverage reports over many (TRN-HOURS-001…003,
 * TRN-ROT-001, TRN-ONB-001, TRN-ONB-002).
 *
 * <ul>
 *   <li>Class hours: members ≥ 32 a year (教育管理条例 第二十条); secretaries and committee members ≥ 56
 *       (培训规划), “不少于” so the figure itself meets it. Centralised training counts; online study counts
 *       only where {@code training.hours.countOnline} is set to true, and where it is unset and would change
 *       the answer the decision is {@code INSUFFICIENT_DATA}.</li>
 *   <li>County training: secretaries and committee members attend ≥ 1 centralised training organized at
 *       county level or above a year.</li>
 *   <li>Rotation: the roles of {@code training.rotation.roles} take a rotation training every year.</li>
 *   <li>Onboarding: a secretary completes onboarding training within 6 months of appointment, counted by
 *       {@link TimeLimits} (appointed 2026-02-28 → last day 2026-08-28).</li>
 *   <li>New members: ≥ 1 centralised training between admission and one year after conversion.</li>
 * </ul>
 *
 * <p>A record counts when it has ended on or before the as-of date; a yearly duty is {@code DUE} until the
 * year's last day and {@code OVERDUE} (NON_COMPLIANT) after it. Records of other people are ignored.
 *
 * <pre>{@code
 * TrainingDutyPolicy duties = TrainingDutyPolicy.of(PolicyParameters.nationalBaseline().resolve(county, asOf));
 * Decision<DutyAssessment> d = duties.assessHours(trainee, records, Year.of(2026), asOf);
 * d.value();   // ANNUAL_HOURS DUE 20/32 by 2026-12-31
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrainingDutyPolicy {
    private final ResolvedParameters parameters;

    private TrainingDutyPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for the parameters' jurisdiction and date.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static TrainingDutyPolicy of(ResolvedParameters parameters) {
        return new TrainingDutyPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Yearly class hours against the role's requirement.
     *
     * @param trainee the person, not null
     * @param records training records (others' are ignored), not null
     * @param year the year, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT (met), DETERMINED (due), NON_COMPLIANT (overdue), NOT_APPLICABLE (a role without an
     *     hours requirement) or INSUFFICIENT_DATA, not null
     */
    public Decision<DutyAssessment> assessHours(Trainee trainee, List<TrainingRecord> records, Year year,
            LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        boolean leader = trainee.getRole().isLeader();
        Rule rule = leader ? TrainingRules.HOURS_LEADER : TrainingRules.HOURS_MEMBER;
        if (!trainee.getRole().isMember()) {
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(TrainingRules.HOURS_MEMBER, "hours.notApplicable")
                    .with("person", trainee.getId()).with("role", trainee.getRole().label()));
        }
        ParameterKey<Integer> key = leader ? TrainingParameters.LEADER_ANNUAL_HOURS : TrainingParameters.MEMBER_ANNUAL_HOURS;
        Optional<Integer> requiredHours = parameters.find(key);
        if (requiredHours.isEmpty()) {
            return Decision.insufficientData(List.of(missing(rule, key, trainee)));
        }
        ClassHours required = ClassHours.of(requiredHours.get());
        ClassHours centralised = ClassHours.ZERO;
        ClassHours online = ClassHours.ZERO;
        for (TrainingRecord r : recordsOf(trainee, records, year, asOf)) {
            if (r.getKind().isCentralised()) {
                centralised = centralised.plus(r.getClassHours());
            } else {
                online = online.plus(r.getClassHours());
            }
        }
        Optional<Boolean> countOnline = parameters.find(TrainingParameters.COUNT_ONLINE_HOURS);
        ClassHours counted = countOnline.orElse(false) ? centralised.plus(online) : centralised;
        if (countOnline.isEmpty() && !centralised.meets(required) && centralised.plus(online).meets(required)) {
            return Decision.insufficientData(List.of(Reason.of(rule, "hours.onlineUndecided")
                    .with("person", trainee.getId()).with("centralised", centralised).with("online", online)
                    .with("required", required).with("parameter", TrainingParameters.COUNT_ONLINE_HOURS.name())));
        }
        DutyStatus status = yearStatus(counted.meets(required), year, asOf);
        DutyAssessment a = DutyAssessment.builder().personId(trainee.getId()).duty(Duty.ANNUAL_HOURS).status(status)
                .deadline(year.atMonth(12).atEndOfMonth()).hoursCounted(counted).hoursRequired(required).build();
        Reason reason = Reason.of(rule, "hours." + status.name().toLowerCase(java.util.Locale.ROOT))
                .with("person", trainee.getId()).with("role", trainee.getRole().label()).with("year", year)
                .with("counted", counted).with("short", a.hoursShort()).read(key.name(), requiredHours.get());
        if (countOnline.isPresent()) {
            reason = reason.read(TrainingParameters.COUNT_ONLINE_HOURS.name(), countOnline.get());
        }
        return Decision.of(outcome(status), a, reason);
    }

    /**
     * The yearly county-level (or higher) centralised training of secretaries and committee members.
     *
     * @param trainee the person, not null
     * @param records training records, not null
     * @param year the year, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT, DETERMINED (due), NON_COMPLIANT, NOT_APPLICABLE (not a leader) or INSUFFICIENT_DATA,
     *     not null
     */
    public Decision<DutyAssessment> assessCountyTraining(Trainee trainee, List<TrainingRecord> records, Year year,
            LocalDate asOf) {
        Rule rule = TrainingRules.HOURS_COUNTY_TRAINING;
        if (!trainee.getRole().isLeader()) {
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(rule, "county.notApplicable")
                    .with("person", trainee.getId()).with("role", trainee.getRole().label()));
        }
        Optional<Integer> required = parameters.find(TrainingParameters.LEADER_COUNTY_TRAININGS);
        if (required.isEmpty()) {
            return Decision.insufficientData(List.of(missing(rule, TrainingParameters.LEADER_COUNTY_TRAININGS, trainee)));
        }
        int counted = 0;
        for (TrainingRecord r : recordsOf(trainee, records, year, asOf)) {
            if (r.getKind().isCentralised() && r.getOrganizerLevel().isCountyOrAbove()) {
                counted++;
            }
        }
        DutyStatus status = yearStatus(counted >= required.get(), year, asOf);
        DutyAssessment a = DutyAssessment.builder().personId(trainee.getId()).duty(Duty.COUNTY_TRAINING)
                .status(status).deadline(year.atMonth(12).atEndOfMonth()).trainingsCounted(counted)
                .trainingsRequired(required.get()).build();
        return Decision.of(outcome(status), a, Reason.of(rule, "county." + key(status))
                .with("person", trainee.getId()).with("year", year).with("counted", counted)
                .read(TrainingParameters.LEADER_COUNTY_TRAININGS.name(), required.get()));
    }

    /**
     * Whether the person took rotation training this year (“全员轮训一遍”).
     *
     * @param trainee the person, not null
     * @param records training records, not null
     * @param year the year, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT, DETERMINED (due), NON_COMPLIANT, NOT_APPLICABLE (a role without rotation) or
     *     INSUFFICIENT_DATA, not null
     */
    public Decision<DutyAssessment> assessRotation(Trainee trainee, List<TrainingRecord> records, Year year,
            LocalDate asOf) {
        Rule rule = TrainingRules.ROTATION_YEARLY;
        Optional<Set<Role>> roles = parameters.find(TrainingParameters.ROTATION_ROLES);
        if (roles.isEmpty()) {
            return Decision.insufficientData(List.of(missing(rule, TrainingParameters.ROTATION_ROLES, trainee)));
        }
        String rolesText = TrainingParameters.ROTATION_ROLES.type().format(roles.get());
        if (!roles.get().contains(trainee.getRole())) {
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(rule, "rotation.notApplicable")
                    .with("person", trainee.getId()).with("role", trainee.getRole().label())
                    .read(TrainingParameters.ROTATION_ROLES.name(), rolesText));
        }
        int counted = 0;
        for (TrainingRecord r : recordsOf(trainee, records, year, asOf)) {
            if (r.getKind() == TrainingKind.ROTATION) {
                counted++;
            }
        }
        DutyStatus status = yearStatus(counted >= 1, year, asOf);
        DutyAssessment a = DutyAssessment.builder().personId(trainee.getId()).duty(Duty.ROTATION).status(status)
                .deadline(year.atMonth(12).atEndOfMonth()).trainingsCounted(counted).trainingsRequired(1).build();
        return Decision.of(outcome(status), a, Reason.of(rule, "rotation." + key(status))
                .with("person", trainee.getId()).with("role", trainee.getRole().label()).with("year", year)
                .read(TrainingParameters.ROTATION_ROLES.name(), rolesText));
    }

    /**
     * Whether a newly appointed secretary completed onboarding training within the limit after appointment.
     *
     * @param trainee the person, not null
     * @param records training records, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT, DETERMINED (due), NON_COMPLIANT (the limit passed without it), NOT_APPLICABLE (not a
     *     secretary) or INSUFFICIENT_DATA (no appointment date), not null
     */
    public Decision<DutyAssessment> assessOnboarding(Trainee trainee, List<TrainingRecord> records, LocalDate asOf) {
        Rule rule = TrainingRules.ONBOARDING_SECRETARY;
        if (trainee.getRole() != Role.SECRETARY) {
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(rule, "onboarding.notApplicable")
                    .with("person", trainee.getId()).with("role", trainee.getRole().label()));
        }
        Optional<Period> limit = parameters.find(TrainingParameters.ONBOARDING_LIMIT);
        if (limit.isEmpty()) {
            return Decision.insufficientData(List.of(missing(rule, TrainingParameters.ONBOARDING_LIMIT, trainee)));
        }
        if (trainee.getAppointedOn().isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(rule, "onboarding.noAppointment")
                    .with("person", trainee.getId())));
        }
        LocalDate appointed = trainee.getAppointedOn().get();
        LocalDate deadline = TimeLimits.endOf(appointed, limit.get());
        Optional<TrainingRecord> within = Optional.empty();
        Optional<TrainingRecord> late = Optional.empty();
        for (TrainingRecord r : records) {
            if (r.getPersonId().equals(trainee.getId()) && r.getKind() == TrainingKind.ONBOARDING
                    && !r.getEndDate().isAfter(asOf) && !r.getEndDate().isBefore(appointed)) {
                if (TimeLimits.isWithin(appointed, limit.get(), r.getEndDate())) {
                    within = within.isPresent() ? within : Optional.of(r);
                } else {
                    late = late.isPresent() ? late : Optional.of(r);
                }
            }
        }
        Optional<TrainingRecord> lateOne = late;
        DutyStatus status = within.isPresent() ? DutyStatus.MET : asOf.isAfter(deadline) ? DutyStatus.OVERDUE : DutyStatus.DUE;
        DutyAssessment a = DutyAssessment.builder().personId(trainee.getId()).duty(Duty.ONBOARDING).status(status)
                .deadline(deadline).trainingsCounted(within.isPresent() ? 1 : 0).trainingsRequired(1).build();
        Reason reason = Reason.of(rule, "onboarding." + key(status)).with("person", trainee.getId())
                .with("appointed", appointed).with("deadline", deadline)
                .with("completed", within.or(() -> lateOne).map(r -> r.getEndDate().toString()).orElse("-"))
                .read(TrainingParameters.ONBOARDING_LIMIT.name(), limit.get());
        return Decision.of(outcome(status), a, reason);
    }

    /**
     * Whether a new member (probationary, or within the window after conversion) attended the required
     * centralised trainings between admission and the end of the window.
     *
     * @param trainee the person, not null
     * @param records training records, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT, DETERMINED (due), NON_COMPLIANT, NOT_APPLICABLE (no admission date and not
     *     probationary) or INSUFFICIENT_DATA, not null
     */
    public Decision<DutyAssessment> assessNewMemberTraining(Trainee trainee, List<TrainingRecord> records,
            LocalDate asOf) {
        Rule rule = TrainingRules.ONBOARDING_NEW_MEMBER;
        if (trainee.getAdmittedOn().isEmpty()) {
            if (trainee.getRole() == Role.PROBATIONARY_MEMBER) {
                return Decision.insufficientData(List.of(Reason.of(rule, "newMember.noAdmission")
                        .with("person", trainee.getId())));
            }
            return Decision.of(Outcome.NOT_APPLICABLE, null, Reason.of(rule, "newMember.notApplicable")
                    .with("person", trainee.getId()).with("role", trainee.getRole().label()));
        }
        Optional<Integer> required = parameters.find(TrainingParameters.NEW_MEMBER_TRAININGS);
        Optional<Period> window = parameters.find(TrainingParameters.NEW_MEMBER_WINDOW);
        if (required.isEmpty() || window.isEmpty()) {
            List<Reason> r = new ArrayList<>();
            if (required.isEmpty()) {
                r.add(missing(rule, TrainingParameters.NEW_MEMBER_TRAININGS, trainee));
            }
            if (window.isEmpty()) {
                r.add(missing(rule, TrainingParameters.NEW_MEMBER_WINDOW, trainee));
            }
            return Decision.insufficientData(r);
        }
        LocalDate admitted = trainee.getAdmittedOn().get();
        Optional<LocalDate> deadline = trainee.getConvertedOn().map(c -> TimeLimits.endOf(c, window.get()));
        int counted = 0;
        for (TrainingRecord r : records) {
            if (r.getPersonId().equals(trainee.getId()) && r.getKind().isCentralised()
                    && !r.getEndDate().isAfter(asOf) && !r.getEndDate().isBefore(admitted)
                    && (deadline.isEmpty() || !r.getEndDate().isAfter(deadline.get()))) {
                counted++;
            }
        }
        DutyStatus status = counted >= required.get() ? DutyStatus.MET
                : deadline.isPresent() && asOf.isAfter(deadline.get()) ? DutyStatus.OVERDUE : DutyStatus.DUE;
        DutyAssessment a = DutyAssessment.builder().personId(trainee.getId()).duty(Duty.NEW_MEMBER_TRAINING)
                .status(status).deadline(deadline).trainingsCounted(counted).trainingsRequired(required.get()).build();
        return Decision.of(outcome(status), a, Reason.of(rule, "newMember." + key(status))
                .with("person", trainee.getId()).with("admitted", admitted)
                .with("deadline", deadline.map(LocalDate::toString).orElse("-")).with("counted", counted)
                .read(TrainingParameters.NEW_MEMBER_TRAININGS.name(), required.get())
                .read(TrainingParameters.NEW_MEMBER_WINDOW.name(), window.get()));
    }

    /**
     * A coverage report of class hours and rotation training per jurisdiction (at a level) and role.
     *
     * @param trainees the people, each id once, not null
     * @param records their training records, not null
     * @param year the year, not null
     * @param asOf the as-of date, not null
     * @param level the level rows are grouped at; people registered above it stay at their own jurisdiction,
     *     not null
     * @return the report (DETERMINED), not null
     * @throws org.dangjian.core.validation.InvalidInputException when an id is listed twice
     */
    public Decision<CoverageReport> report(List<Trainee> trainees, List<TrainingRecord> records, Year year,
            LocalDate asOf, JurisdictionLevel level) {
        org.dangjian.core.validation.Violations v = new org.dangjian.core.validation.Violations();
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < trainees.size(); i++) {
            v.check(ids.add(trainees.get(i).getId()), "trainees[" + i + "].id", "person listed twice",
                    trainees.get(i).getId());
        }
        v.throwIfAny();
        Map<String, List<TrainingRecord>> byPerson = new HashMap<>();
        for (TrainingRecord r : records) {
            byPerson.computeIfAbsent(r.getPersonId(), k -> new ArrayList<>()).add(r);
        }
        List<CoverageRow> rows = new ArrayList<>();
        for (Trainee t : trainees) {
            List<TrainingRecord> own = byPerson.getOrDefault(t.getId(), List.of());
            Decision<DutyAssessment> hours = assessHours(t, own, year, asOf);
            Decision<DutyAssessment> rotation = assessRotation(t, own, year, asOf);
            boolean hoursOwed = hours.findValue().isPresent();
            boolean rotationOwed = rotation.findValue().isPresent();
            boolean outstanding = hours.findValue().map(DutyAssessment::isOutstanding).orElse(false)
                    || rotation.findValue().map(DutyAssessment::isOutstanding).orElse(false);
            boolean undetermined = hours.outcome() == Outcome.INSUFFICIENT_DATA
                    || rotation.outcome() == Outcome.INSUFFICIENT_DATA;
            Jurisdiction j = CoverageReport.clip(t.getJurisdiction(), level);
            rows.add(CoverageRow.builder().jurisdiction(j).role(t.getRole()).people(1)
                    .hoursRequired(hoursOwed ? 1 : 0)
                    .hoursMet(hours.findValue().filter(a -> a.getStatus() == DutyStatus.MET).isPresent() ? 1 : 0)
                    .hoursShort(hours.findValue().map(DutyAssessment::hoursShort).orElse(ClassHours.ZERO))
                    .rotationRequired(rotationOwed ? 1 : 0)
                    .rotationDone(rotation.findValue().filter(a -> a.getStatus() == DutyStatus.MET).isPresent() ? 1 : 0)
                    .missing(outstanding ? List.of(t.getId()) : List.of())
                    .undetermined(undetermined ? List.of(t.getId()) : List.of())
                    .build());
        }
        CoverageReport report = CoverageReport.builder().year(year).level(level)
                .rows(CoverageReport.merge(rows, level)).build();
        TreeSet<String> missing = new TreeSet<>();
        int hoursRequired = 0;
        int hoursMet = 0;
        int rotationRequired = 0;
        int rotationDone = 0;
        for (CoverageRow r : report.getRows()) {
            missing.addAll(r.getMissing());
            hoursRequired += r.getHoursRequired();
            hoursMet += r.getHoursMet();
            rotationRequired += r.getRotationRequired();
            rotationDone += r.getRotationDone();
        }
        List<Reason> reasons = new ArrayList<>();
        reasons.add(Reason.of(TrainingRules.HOURS_MEMBER, "report.hours").with("year", year)
                .with("met", hoursMet).with("required", hoursRequired));
        reasons.add(Reason.of(TrainingRules.ROTATION_YEARLY, "report.rotation").with("year", year)
                .with("done", rotationDone).with("required", rotationRequired).with("missing", missing.size()));
        return Decision.determined(report, reasons);
    }

    private static List<TrainingRecord> recordsOf(Trainee t, List<TrainingRecord> records, Year year, LocalDate asOf) {
        List<TrainingRecord> l = new ArrayList<>();
        for (TrainingRecord r : records) {
            if (r.getPersonId().equals(t.getId()) && r.getEndDate().getYear() == year.getValue()
                    && !r.getEndDate().isAfter(asOf)) {
                l.add(r);
            }
        }
        return l;
    }

    private static DutyStatus yearStatus(boolean met, Year year, LocalDate asOf) {
        if (met) {
            return DutyStatus.MET;
        }
        return asOf.isAfter(year.atMonth(12).atEndOfMonth()) ? DutyStatus.OVERDUE : DutyStatus.DUE;
    }

    private static Outcome outcome(DutyStatus s) {
        switch (s) {
            case MET:
                return Outcome.COMPLIANT;
            case OVERDUE:
                return Outcome.NON_COMPLIANT;
            case NOT_REQUIRED:
                return Outcome.NOT_APPLICABLE;
            default:
                return Outcome.DETERMINED;
        }
    }

    private static String key(DutyStatus s) {
        return s.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Reason missing(Rule rule, ParameterKey<?> key, Trainee t) {
        return Reason.of(rule, "param.missing").with("parameter", key.name()).with("person", t.getId());
    }
}
