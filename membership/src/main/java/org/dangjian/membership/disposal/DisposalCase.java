package org.dangjian.membership.disposal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.core.validation.Violations;

/**
 * A member found unqualified (民主评议“不合格” or otherwise) and the measures taken so far, such as
 * {@code M-0007 FULL_MEMBER unqualified 2025-12-20: [CORRECTION_DEADLINE 2026-01-10 until 2026-07-10]}.
 *
 * <p>Steps are in date order. This class is immutable and thread-safe.
 */
public final class DisposalCase {
    private final String memberRef;
    private final MemberStatus status;
    private final LocalDate foundOn;
    private final boolean alreadyDisciplined;
    private final List<DisposalStep> steps;

    private DisposalCase(String memberRef, MemberStatus status, LocalDate foundOn, boolean alreadyDisciplined,
            List<DisposalStep> steps) {
        this.memberRef = memberRef;
        this.status = status;
        this.foundOn = foundOn;
        this.alreadyDisciplined = alreadyDisciplined;
        this.steps = steps;
    }

    /**
     * A case.
     *
     * @param memberRef the member's register reference, not blank
     * @param status full or probationary, not null
     * @param foundOn the day the member was found unqualified, not null
     * @param alreadyDisciplined whether the member was already disciplined for the same matter
     * @param steps the measures taken, in date order, none before {@code foundOn}, not null
     * @return the case, not null
     * @throws InvalidInputException listing a blank reference and every step out of date order
     */
    public static DisposalCase of(String memberRef, MemberStatus status, LocalDate foundOn, boolean alreadyDisciplined,
            List<DisposalStep> steps) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(foundOn, "foundOn");
        List<DisposalStep> copy = List.copyOf(steps);
        Violations v = new Violations();
        v.check(memberRef != null && !memberRef.isBlank(), "memberRef", "must not be blank", memberRef);
        LocalDate previous = foundOn;
        for (int i = 0; i < copy.size(); i++) {
            v.check(!copy.get(i).date().isBefore(previous), "steps[" + i + "].date",
                    "steps are in date order, on or after " + previous, copy.get(i).date());
            if (!copy.get(i).date().isBefore(previous)) {
                previous = copy.get(i).date();
            }
        }
        v.throwIfAny();
        return new DisposalCase(memberRef, status, foundOn, alreadyDisciplined, copy);
    }

    /** @return the member's reference, not null */
    public String memberRef() {
        return memberRef;
    }

    /** @return full or probationary, not null */
    public MemberStatus status() {
        return status;
    }

    /** @return the day the member was found unqualified, not null */
    public LocalDate foundOn() {
        return foundOn;
    }

    /** @return whether the member was already disciplined for the same matter */
    public boolean isAlreadyDisciplined() {
        return alreadyDisciplined;
    }

    /** @return the measures taken, in date order, not null */
    public List<DisposalStep> steps() {
        return steps;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DisposalCase c && memberRef.equals(c.memberRef) && status == c.status
                && foundOn.equals(c.foundOn) && alreadyDisciplined == c.alreadyDisciplined && steps.equals(c.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberRef, status, foundOn, alreadyDisciplined, steps);
    }

    @Override
    public String toString() {
        return memberRef + " " + status + " unqualified " + foundOn + ": " + steps;
    }
}
