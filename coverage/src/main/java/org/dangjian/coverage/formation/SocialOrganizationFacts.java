package org.dangjian.coverage.formation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What a social organization has already done toward the seeds' recommendations, such as
 * {@code SocialOrganizationFacts.builder().charterClause(true).build()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSocialOrganizationFacts.class)
@JsonDeserialize(as = ImmutableSocialOrganizationFacts.class)
public abstract class SocialOrganizationFacts {

    /** @return whether party building is written into its charter */
    @Value.Default
    public boolean isCharterClause() {
        return false;
    }

    /** @return whether its head passed a political review */
    @Value.Default
    public boolean isHeadReviewed() {
        return false;
    }

    /** @return whether the secretary is also the head */
    @Value.Default
    public boolean isSecretaryIsHead() {
        return false;
    }

    /** @return whether its Party affiliation was already re-homed after decoupling */
    @Value.Default
    public boolean isAffiliationRehomed() {
        return false;
    }

    /** @return nothing done yet, not null */
    public static SocialOrganizationFacts none() {
        return builder().build();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link SocialOrganizationFacts}. */
    public static class Builder extends ImmutableSocialOrganizationFacts.Builder {}
}
