package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.code.Jurisdiction;

/**
 * A jurisdiction's adoption of a named {@link LocalProfile} from a date, by the profile's id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProfileAdoption {
    private final Jurisdiction jurisdiction;
    private final String profileId;
    private final LocalDate effectiveFrom;

    private ProfileAdoption(Jurisdiction jurisdiction, String profileId, LocalDate effectiveFrom) {
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.profileId = Objects.requireNonNull(profileId, "profileId");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    /**
     * An adoption.
     *
     * @param jurisdiction who adopts, not null
     * @param profileId the profile's id, such as {@code seed-002}, not null
     * @param effectiveFrom the first day in force, not null
     * @return the adoption, not null
     */
    public static ProfileAdoption of(Jurisdiction jurisdiction, String profileId, LocalDate effectiveFrom) {
        return new ProfileAdoption(jurisdiction, profileId, effectiveFrom);
    }

    /** @return the jurisdiction, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return the profile's id, not null */
    public String profileId() {
        return profileId;
    }

    /** @return the first day in force, not null */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProfileAdoption p && p.jurisdiction.equals(jurisdiction) && p.profileId.equals(profileId)
                && p.effectiveFrom.equals(effectiveFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(jurisdiction, profileId, effectiveFrom);
    }

    @Override
    public String toString() {
        return jurisdiction + " adopts " + profileId + " from " + effectiveFrom;
    }
}
