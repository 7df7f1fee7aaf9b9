package org.dangjian.membership.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * A transfer of membership (组织关系转接) from a sending to a receiving organization, as a state machine
 * with its history:
 *
 * <pre>{@code
 * MembershipTransfer t = MembershipTransfer.issue("T-0001", "M-0001", "430102-B-0001", "430104-B-0009",
 *         TransferScope.IN_CITY, LocalDate.of(2026, 3, 2));
 * t = t.dispatch(LocalDate.of(2026, 3, 3)).receive(LocalDate.of(2026, 3, 9));
 * t.state();   // RECEIVED
 * t.receive(LocalDate.of(2026, 3, 10));   // InvalidInputException: RECEIVED is final; allowed next: none
 * }</pre>
 *
 * <p>Each transition returns a new transfer; an illegal one (see {@link TransferState#allowedNext()}) or one
 * dated before the last event is rejected with an {@link InvalidInputException} naming the allowed states.
 * Until received, the sending organization stays responsible for the member (教育管理条例 第二十五条).
 * Whether a letter is overdue on a date is decided by {@link TransferPolicy}. This class is immutable and
 * thread-safe.
 */
public final class MembershipTransfer {
    private final String id;
    private final String memberRef;
    private final String fromOrganization;
    private final String toOrganization;
    private final TransferScope scope;
    private final List<TransferEvent> history;

    private MembershipTransfer(String id, String memberRef, String fromOrganization, String toOrganization,
            TransferScope scope, List<TransferEvent> history) {
        this.id = id;
        this.memberRef = memberRef;
        this.fromOrganization = fromOrganization;
        this.toOrganization = toOrganization;
        this.scope = scope;
        this.history = List.copyOf(history);
    }

    /**
     * Issues a transfer letter.
     *
     * @param id the letter's id, not blank
     * @param memberRef the member's register reference, not blank
     * @param fromOrganization the sending organization's id, not blank
     * @param toOrganization the receiving organization's id, not blank, not the sender
     * @param scope in the city or out of it, not null
     * @param issuedOn the day the letter is issued, not null
     * @return the transfer in state ISSUED, not null
     * @throws InvalidInputException listing every blank id and a receiver equal to the sender
     */
    public static MembershipTransfer issue(String id, String memberRef, String fromOrganization, String toOrganization,
            TransferScope scope, LocalDate issuedOn) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Violations v = new Violations();
        v.check(id != null && !id.isBlank(), "id", "must not be blank", id);
        v.check(memberRef != null && !memberRef.isBlank(), "memberRef", "must not be blank", memberRef);
        v.check(fromOrganization != null && !fromOrganization.isBlank(), "fromOrganization", "must not be blank",
                fromOrganization);
        v.check(toOrganization != null && !toOrganization.isBlank(), "toOrganization", "must not be blank",
                toOrganization);
        v.check(fromOrganization == null || !fromOrganization.equals(toOrganization), "toOrganization",
                "a transfer goes to another organization", toOrganization);
        v.throwIfAny();
        return new MembershipTransfer(id, memberRef, fromOrganization, toOrganization, scope,
                List.of(TransferEvent.of(TransferState.ISSUED, issuedOn)));
    }

    /**
     * Moves to a state on a day.
     *
     * @param next the state, one of {@code state().allowedNext()}, not null
     * @param on the day, not before the last event, not null
     * @return the new transfer, not null
     * @throws InvalidInputException when the transition is not allowed (naming the allowed states) or the day
     *     is before the last event; both are listed when both hold
     */
    public MembershipTransfer moveTo(TransferState next, LocalDate on) {
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(on, "on");
        Violations v = new Violations();
        TransferState current = state();
        v.check(current.allowedNext().contains(next), "state", "cannot move from " + current + " to " + next
                + "; allowed next: " + (current.isFinal() ? "none (" + current + " is final)" : current.allowedNext()),
                next);
        v.check(!on.isBefore(lastEvent().date()), "date", "a transfer step cannot be dated before the last one ("
                + lastEvent() + ")", on);
        v.throwIfAny();
        List<TransferEvent> h = new ArrayList<>(history);
        h.add(TransferEvent.of(next, on));
        return new MembershipTransfer(id, memberRef, fromOrganization, toOrganization, scope, h);
    }

    /**
     * The letter leaves with the member or is sent online.
     *
     * @param on the day, not null
     * @return the new transfer, not null
     */
    public MembershipTransfer dispatch(LocalDate on) {
        return moveTo(TransferState.IN_TRANSIT, on);
    }

    /**
     * The receiving organization receives the member.
     *
     * @param on the day, not null
     * @return the new transfer, not null
     */
    public MembershipTransfer receive(LocalDate on) {
        return moveTo(TransferState.RECEIVED, on);
    }

    /**
     * The letter's validity has passed without receipt.
     *
     * @param on the day, not null
     * @return the new transfer, not null
     */
    public MembershipTransfer markOverdue(LocalDate on) {
        return moveTo(TransferState.OVERDUE, on);
    }

    /**
     * The letter goes back to the sending organization (refused for cause, or overdue).
     *
     * @param on the day, not null
     * @return the new transfer, not null
     */
    public MembershipTransfer returnToSender(LocalDate on) {
        return moveTo(TransferState.RETURNED, on);
    }

    /**
     * The letter is cancelled.
     *
     * @param on the day, not null
     * @return the new transfer, not null
     */
    public MembershipTransfer cancel(LocalDate on) {
        return moveTo(TransferState.CANCELLED, on);
    }

    /** @return the letter's id, not null */
    public String id() {
        return id;
    }

    /** @return the member's reference, not null */
    public String memberRef() {
        return memberRef;
    }

    /** @return the sending organization, not null */
    public String fromOrganization() {
        return fromOrganization;
    }

    /** @return the receiving organization, not null */
    public String toOrganization() {
        return toOrganization;
    }

    /** @return in the city or out of it, not null */
    public TransferScope scope() {
        return scope;
    }

    /** @return the day the letter was issued, not null */
    public LocalDate issuedOn() {
        return history.get(0).date();
    }

    /** @return the current state, not null */
    public TransferState state() {
        return lastEvent().state();
    }

    /** @return the history, oldest first, not null */
    public List<TransferEvent> history() {
        return history;
    }

    /** @return the organization responsible for the member now: the sender until received, not null */
    public String responsibleOrganization() {
        return state().isSenderResponsible() ? fromOrganization : toOrganization;
    }

    private TransferEvent lastEvent() {
        return history.get(history.size() - 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MembershipTransfer t && id.equals(t.id) && memberRef.equals(t.memberRef)
                && fromOrganization.equals(t.fromOrganization) && toOrganization.equals(t.toOrganization)
                && scope == t.scope && history.equals(t.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, memberRef, fromOrganization, toOrganization, scope, history);
    }

    @Override
    public String toString() {
        return "MembershipTransfer[" + id + " " + fromOrganization + " → " + toOrganization + ", " + state() + "]";
    }
}
