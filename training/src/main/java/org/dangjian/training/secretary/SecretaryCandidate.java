package org.dangjian.training.secretary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Set;
import org.dangjian.core.validation.Violations;
import org.immutables.value.Value;

/**
 * A candidate for a secretary post or for the reserve, identified by an id, with the sources they come from
 * and whether they are a full Party member.
 *
 * <pre>{@code
 * SecretaryCandidate c = SecretaryCandidate.builder()
 *         .personId("P-0102").addSources(CandidateSource.MEMBER_MANAGER).fullMember(true)
 *         .build();
 * }</pre>
 *
 * <p>Invariants (checked on build): the id is not blank; at least one source. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretaryCandidate.class)
@JsonDeserialize(as = ImmutableSecretaryCandidate.class)
public abstract class SecretaryCandidate {

    /** @return the person's id, not blank */
    @NotBlank
    public abstract String getPersonId();

    /** @return the sources the person comes from, not empty */
    public abstract Set<CandidateSource> getSources();

    /** @return whether the person is a full Party member (only a full member can be elected secretary) */
    public abstract boolean isFullMember();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SecretaryCandidate}. */
    public static class Builder extends ImmutableSecretaryCandidate.Builder {}

    @Value.Check
    void checkInvariants() {
        Violations v = new Violations();
        v.check(!getPersonId().isBlank(), "personId", "must not be blank", getPersonId());
        v.check(!getSources().isEmpty(), "sources", "name at least one source", null);
        v.throwIfAny();
    }
}
