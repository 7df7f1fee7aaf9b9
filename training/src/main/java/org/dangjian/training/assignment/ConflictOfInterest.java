package org.dangjian.training.assignment;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.dangjian.core.code.CreditCode;
import org.immutables.value.Value;

/**
 * A listed conflict of interest: an organization an instructor must never guide, and why, such as
 * {@code 91430102MA4L12345X WORKS_AT}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConflictOfInterest.class)
@JsonDeserialize(as = ImmutableConflictOfInterest.class)
public abstract class ConflictOfInterest {

    /** @return the organization, not null */
    public abstract CreditCode getOrganization();

    /** @return the kind of conflict, not null */
    public abstract ConflictKind getKind();

    /**
     * A conflict.
     *
     * @param organization the organization, not null
     * @param kind the kind, not null
     * @return the conflict, not null
     */
    public static ConflictOfInterest of(CreditCode organization, ConflictKind kind) {
        return ImmutableConflictOfInterest.builder().organization(organization).kind(kind).build();
    }
}
