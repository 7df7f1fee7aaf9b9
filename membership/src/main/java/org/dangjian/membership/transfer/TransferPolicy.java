package org.dangjian.membership.transfer;

import static org.dangjian.membership.MembershipParameters.*;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.decision.Approver;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.membership.MembershipRules;
import org.dangjian.membership.internal.PeriodText;

/**
 * Transfers and mobile members as the jurisdiction's parameters set them: the letter's validity and overdue
 * letters, when a member must transfer or counts as mobile, reporting home, votes, the seed-004 transfer
 * advice, graduates, and members the organization lost contact with.
 *
 * <pre>{@code
 * TransferPolicy policy = TransferPolicy.of(params.adopt(city, MembershipRules.COMMON_LOCAL_PRACTICE, from)
 *         .resolve(county, asOf));
 * policy.assess(transfer, asOf);                  // NON_COMPLIANT, OVERDUE when the letter has lapsed
 * policy.decideMobileStatus(awaySince, true, asOf); // TRANSFER_REQUIRED after 6 months at a fixed place
 * }</pre>
 *
 * <p>Letter validity is grade C (10 days in the city and 30 outside are common, at most 3 months): without a
 * local value the policy decides {@code INSUFFICIENT_DATA}. This class is immutable and thread-safe.
 */
public final class TransferPolicy {
    private final ResolvedParameters parameters;

    private TransferPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy for resolved parameters.
     *
     * @param parameters the parameters in force for a jurisdiction and date, not null
     * @return the policy, not null
     */
    public static TransferPolicy of(ResolvedParameters parameters) {
        return new TransferPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * The last day a transfer's letter is valid.
     *
     * @param transfer the transfer, not null
     * @return DETERMINED with the day; INSUFFICIENT_DATA when the jurisdiction sets no validity, not null
     */
    public Decision<LocalDate> decideValidUntil(MembershipTransfer transfer) {
        var key = transfer.scope() == TransferScope.IN_CITY ? TRANSFER_LETTER_VALIDITY_IN_CITY
                : TRANSFER_LETTER_VALIDITY_OUT_OF_CITY;
        Period validity = parameters.find(key).orElse(null);
        if (validity == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.XFER_LETTER_VALIDITY, "parameter.unset")
                    .with("parameter", key.name())));
        }
        LocalDate until = TimeLimits.endOf(transfer.issuedOn(), validity);
        return Decision.determined(until, List.of(Reason.of(MembershipRules.XFER_LETTER_VALIDITY, "xfer.validUntil")
                .with("scope", transfer.scope().label()).with("issued", transfer.issuedOn()).with("until", until)
                .read(key.name(), validity)));
    }

    /**
     * Where a transfer stands on a date: an open letter past its validity is overdue (the value is OVERDUE, the
     * state it should move to); a letter received in time is compliant.
     *
     * @param transfer the transfer, not null
     * @param asOf the date, not before the last event, not null
     * @return COMPLIANT, NON_COMPLIANT (overdue or received late), DETERMINED (still open, in time, or
     *     closed otherwise) or INSUFFICIENT_DATA, each with the state as value, not null
     */
    public Decision<TransferState> assess(MembershipTransfer transfer, LocalDate asOf) {
        Decision<LocalDate> until = decideValidUntil(transfer);
        TransferState state = transfer.state();
        List<Reason> reasons = new ArrayList<>(until.reasons());
        if (state.isSenderResponsible() && !state.isFinal()) {
            reasons.add(Reason.of(MembershipRules.XFER_RESPONSIBILITY, "xfer.senderResponsible")
                    .with("sender", transfer.fromOrganization()));
        }
        if (until.outcome() != Outcome.DETERMINED) {
            return Decision.of(Outcome.INSUFFICIENT_DATA, state, reasons);
        }
        LocalDate last = until.value();
        if ((state == TransferState.ISSUED || state == TransferState.IN_TRANSIT) && asOf.isAfter(last)) {
            reasons.add(Reason.of(MembershipRules.XFER_LETTER_VALIDITY, "xfer.overdue").with("until", last)
                    .with("asOf", asOf));
            return Decision.of(Outcome.NON_COMPLIANT, TransferState.OVERDUE, reasons);
        }
        if (state == TransferState.RECEIVED) {
            LocalDate received = transfer.history().get(transfer.history().size() - 1).date();
            boolean inTime = !received.isAfter(last);
            reasons.add(Reason.of(MembershipRules.XFER_LETTER_VALIDITY, inTime ? "xfer.receivedInTime"
                    : "xfer.receivedLate").with("received", received).with("until", last));
            return Decision.of(inTime ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, state, reasons);
        }
        return Decision.of(state == TransferState.OVERDUE ? Outcome.NON_COMPLIANT : Outcome.DETERMINED, state, reasons);
    }

    /**
     * Marks an open transfer overdue when its letter has lapsed by a date: on the day after the last valid
     * day (or the last event, if later).
     *
     * @param transfer the transfer, not null
     * @param asOf the date, not null
     * @return the transfer, marked OVERDUE when it lapsed, else unchanged, not null
     */
    public MembershipTransfer markIfOverdue(MembershipTransfer transfer, LocalDate asOf) {
        Decision<TransferState> d = assess(transfer, asOf);
        if (d.outcome() != Outcome.NON_COMPLIANT || d.value() != TransferState.OVERDUE
                || transfer.state() == TransferState.OVERDUE) {
            return transfer;
        }
        LocalDate day = decideValidUntil(transfer).value().plusDays(1);
        LocalDate lastEvent = transfer.history().get(transfer.history().size() - 1).date();
        return transfer.markOverdue(day.isBefore(lastEvent) ? lastEvent : day);
    }

    /**
     * What a member away from the home organization is on a date: a short absence (mobile card) before the
     * limit (6 months); at the limit or later, transfer required at a fixed place, else a mobile member.
     *
     * @param awaySince the day the member left, not null
     * @param fixedPlace whether the member is at a fixed place (unit or residence)
     * @param asOf the date, not before {@code awaySince}, not null
     * @return DETERMINED with the status, or INSUFFICIENT_DATA, not null
     */
    public Decision<MobileStatus> decideMobileStatus(LocalDate awaySince, boolean fixedPlace, LocalDate asOf) {
        if (asOf.isBefore(awaySince)) {
            throw org.dangjian.core.validation.InvalidInputException.of("asOf", "the date is after the member left ("
                    + awaySince + ")", asOf);
        }
        Period away = parameters.find(TRANSFER_AWAY_PERIOD).orElse(null);
        if (away == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.XFER_WHEN, "parameter.unset")
                    .with("parameter", TRANSFER_AWAY_PERIOD.name())));
        }
        LocalDate reached = TimeLimits.endOf(awaySince, away);
        if (asOf.isBefore(reached)) {
            return Decision.determined(MobileStatus.SHORT_ABSENCE, List.of(PeriodText.with(Reason.of(
                    MembershipRules.MOB_CARD, "mob.short").with("since", awaySince).with("reached", reached)
                    .read(TRANSFER_AWAY_PERIOD.name(), away), "period", away)));
        }
        if (fixedPlace) {
            return Decision.determined(MobileStatus.TRANSFER_REQUIRED, List.of(PeriodText.with(Reason.of(
                    MembershipRules.XFER_WHEN, "xfer.required").with("since", awaySince)
                    .read(TRANSFER_AWAY_PERIOD.name(), away), "period", away)));
        }
        return Decision.determined(MobileStatus.MOBILE_MEMBER, List.of(PeriodText.with(Reason.of(
                MembershipRules.MOB_MOBILE, "mob.mobile").with("since", awaySince)
                .read(TRANSFER_AWAY_PERIOD.name(), away), "period", away)));
    }

    /**
     * Whether a mobile member has reported to the home organization within the interval (once a year).
     *
     * @param member the member, not null
     * @param asOf the date, not null
     * @return COMPLIANT or NON_COMPLIANT with the day the next report is due, not null
     */
    public Decision<LocalDate> assessReporting(MobileMember member, LocalDate asOf) {
        Period interval = parameters.find(MOBILE_REPORT_INTERVAL).orElse(null);
        if (interval == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.MOB_CARD, "parameter.unset")
                    .with("parameter", MOBILE_REPORT_INTERVAL.name())));
        }
        LocalDate from = member.lastReportedHome().orElse(member.awaySince());
        LocalDate due = TimeLimits.endOf(from, interval);
        boolean ok = !asOf.isAfter(due);
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, due, Reason.of(MembershipRules.MOB_CARD,
                ok ? "mob.report.ok" : "mob.report.overdue").with("from", from).with("due", due)
                .read(MOBILE_REPORT_INTERVAL.name(), interval));
    }

    /**
     * Whether a mobile member votes at an organization: only at the home organization.
     *
     * @param member the member, not null
     * @param organization the organization holding the vote, not null
     * @return DETERMINED with true at home, false at a host or elsewhere, not null
     */
    public Decision<Boolean> decideVotingRight(MobileMember member, String organization) {
        boolean home = member.homeOrganization().equals(organization);
        boolean host = member.hostOrganizations().contains(organization);
        return Decision.determined(home, List.of(Reason.of(MembershipRules.MOB_CARD,
                home ? "mob.vote.home" : host ? "mob.vote.host" : "mob.vote.other").with("organization", organization)
                .with("home", member.homeOrganization())));
    }

    /**
     * The transfer advice where the jurisdiction adopted it (seed 004): by where the member's membership sits.
     *
     * @param location where the member's membership sits, not null
     * @return DETERMINED with the advice (NO_ADVICE for a location the table does not name); INSUFFICIENT_DATA
     *     when the jurisdiction has adopted no advice, not null
     */
    public Decision<TransferAdvice> decideTransferAdvice(MemberLocation location) {
        Map<MemberLocation, TransferAdvice> table = parameters.find(MOBILE_TRANSFER_ADVICE).orElse(null);
        if (table == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.MOB_TRANSFER_ADVICE, "parameter.unset")
                    .with("parameter", MOBILE_TRANSFER_ADVICE.name())));
        }
        TransferAdvice advice = table.getOrDefault(location, TransferAdvice.NO_ADVICE);
        return Decision.determined(advice, List.of(Reason.of(MembershipRules.MOB_TRANSFER_ADVICE, "mob.advice")
                .with("location", location.label()).with("advice", advice.label())
                .read(MOBILE_TRANSFER_ADVICE.name(), MOBILE_TRANSFER_ADVICE.type().format(table))));
    }

    /**
     * The last day a graduate's membership may stay at the university (2 years after graduating).
     *
     * @param graduatedOn the day of graduation, not null
     * @param asOf the date, not null
     * @return COMPLIANT while within the limit, NON_COMPLIANT after it; the last day as value, not null
     */
    public Decision<LocalDate> assessGraduateRetention(LocalDate graduatedOn, LocalDate asOf) {
        Period retention = parameters.find(MOBILE_GRADUATE_RETENTION).orElse(null);
        if (retention == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.MOB_GRADUATES, "parameter.unset")
                    .with("parameter", MOBILE_GRADUATE_RETENTION.name())));
        }
        LocalDate last = TimeLimits.endOf(graduatedOn, retention);
        boolean ok = !asOf.isAfter(last);
        return Decision.of(ok ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, last, Reason.of(MembershipRules.MOB_GRADUATES,
                ok ? "mob.graduate.ok" : "mob.graduate.over").with("graduated", graduatedOn).with("last", last)
                .read(MOBILE_GRADUATE_RETENTION.name(), retention));
    }

    /**
     * The standing of a member the organization lost contact with: suspension is due after 6 months; removal
     * after 2 more years of suspension without contact. Both need the higher committee's approval.
     *
     * @param lastContact the last day of contact, not null
     * @param suspendedOn the day membership was suspended, if it was, not null
     * @param asOf the date, not null
     * @return DETERMINED (contact lost, or suspended) or REQUIRES_APPROVAL (suspension or removal due), not null
     */
    public Decision<ContactStatus> assessLostContact(LocalDate lastContact, java.util.Optional<LocalDate> suspendedOn,
            LocalDate asOf) {
        Period suspension = parameters.find(MOBILE_LOST_CONTACT_SUSPENSION).orElse(null);
        Period removal = parameters.find(MOBILE_SUSPENSION_REMOVAL).orElse(null);
        if (suspension == null || removal == null) {
            return Decision.insufficientData(List.of(Reason.of(MembershipRules.MOB_LOST_CONTACT, "parameter.unset")
                    .with("parameter", MOBILE_LOST_CONTACT_SUSPENSION.name())));
        }
        if (suspendedOn.isPresent()) {
            LocalDate due = TimeLimits.endOf(suspendedOn.get(), removal);
            Reason r = Reason.of(MembershipRules.MOB_LOST_CONTACT, "mob.lost.suspended").with("since", suspendedOn.get())
                    .with("due", due).read(MOBILE_SUSPENSION_REMOVAL.name(), removal);
            return asOf.isBefore(due) ? Decision.determined(ContactStatus.SUSPENDED, List.of(r))
                    : Decision.requiresApproval(Approver.HIGHER_PARTY_COMMITTEE, ContactStatus.REMOVAL_DUE, List.of(r));
        }
        LocalDate due = TimeLimits.endOf(lastContact, suspension);
        Reason r = PeriodText.with(Reason.of(MembershipRules.MOB_LOST_CONTACT, "mob.lost").with("since", lastContact)
                .with("due", due).read(MOBILE_LOST_CONTACT_SUSPENSION.name(), suspension), "period", suspension);
        return asOf.isBefore(due) ? Decision.determined(ContactStatus.CONTACT_LOST, List.of(r))
                : Decision.requiresApproval(Approver.HIGHER_PARTY_COMMITTEE, ContactStatus.SUSPENSION_DUE, List.of(r));
    }
}
