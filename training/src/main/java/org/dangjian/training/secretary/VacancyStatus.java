package org.dangjian.training.secretary;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a secretary post is vacant, since when, and the last day before it counts as vacant too long.
 *
 * <p>{@code toString()} reads such as {@code vacant since 2026-01-31, limit 2026-04-30} or {@code filled}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVacancyStatus.class)
@JsonDeserialize(as = ImmutableVacancyStatus.class)
public abstract class VacancyStatus {

    /** @return the Party organization's id, not null */
    public abstract String getOrganizationId();

    /** @return since when the post is vacant, empty when filled, not null */
    public abstract Optional<LocalDate> getVacantSince();

    /** @return the last day of the allowed vacancy, when vacant, not null */
    public abstract Optional<LocalDate> getLimitDate();

    /** @return whether the vacancy has lasted longer than the limit */
    public abstract boolean isOverLimit();

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link VacancyStatus}. */
    public static class Builder extends ImmutableVacancyStatus.Builder {}

    @Override
    public String toString() {
        return getVacantSince().map(s -> "vacant since " + s + ", limit " + getLimitDate().orElseThrow()
                + (isOverLimit() ? ", over limit" : "")).orElse("filled");
    }
}
