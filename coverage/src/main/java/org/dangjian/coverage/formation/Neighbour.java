package org.dangjian.coverage.formation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A nearby or similar unit without a Party organization that could join a joint branch, such as
 * {@code Neighbour.of(CreditCode.of("91430102MA4L12345X"), 1)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNeighbour.class)
@JsonDeserialize(as = ImmutableNeighbour.class)
public abstract class Neighbour {

    /** @return its credit code, not null */
    public abstract CreditCode getCreditCode();

    /** @return its full members, not negative */
    public abstract int getFullMembers();

    /**
     * A neighbour.
     *
     * @param code the credit code, not null
     * @param fullMembers its full members, not negative
     * @return the neighbour, not null
     */
    public static Neighbour of(CreditCode code, int fullMembers) {
        return ImmutableNeighbour.builder().creditCode(code).fullMembers(fullMembers).build();
    }

    @Value.Check
    void checkInvariants() {
        new Violations().check(getFullMembers() >= 0, "fullMembers", "must not be negative", getFullMembers())
                .throwIfAny();
    }
}
