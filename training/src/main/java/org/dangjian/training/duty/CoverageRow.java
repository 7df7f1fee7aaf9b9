package org.dangjian.training.duty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.TreeSet;
import org.dangjian.core.code.Jurisdiction;
import org.immutables.value.Value;

/**
 * One line of a training coverage report: for a jurisdiction and a role, how many people owe class hours and
 * rotation training, how many met them, the hours still short, and who is missing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageRow.class)
@JsonDeserialize(as = ImmutableCoverageRow.class)
public abstract class CoverageRow {

    /** @return the jurisdiction, not null */
    public abstract Jurisdiction getJurisdiction();

    /** @return the role, not null */
    public abstract Role getRole();

    /** @return the people counted */
    public abstract int getPeople();

    /** @return the people who owe yearly class hours */
    public abstract int getHoursRequired();

    /** @return the people who met them */
    public abstract int getHoursMet();

    /** @return the class hours still short, summed, not null */
    public abstract ClassHours getHoursShort();

    /** @return the people who owe rotation training */
    public abstract int getRotationRequired();

    /** @return the people who took it */
    public abstract int getRotationDone();

    /** @return the ids of people with an outstanding hours or rotation duty, sorted, not null */
    public abstract List<String> getMissing();

    /** @return the ids of people whose hours cannot be decided until a local parameter is set, sorted, not null */
    public abstract List<String> getUndetermined();

    /**
     * Adds another row's counts (for a roll-up), keeping this row's jurisdiction and role.
     *
     * @param other the row, not null
     * @return the sum, not null
     */
    public CoverageRow plus(CoverageRow other) {
        TreeSet<String> missing = new TreeSet<>(getMissing());
        missing.addAll(other.getMissing());
        TreeSet<String> undetermined = new TreeSet<>(getUndetermined());
        undetermined.addAll(other.getUndetermined());
        return ImmutableCoverageRow.builder().from(this)
                .people(getPeople() + other.getPeople())
                .hoursRequired(getHoursRequired() + other.getHoursRequired())
                .hoursMet(getHoursMet() + other.getHoursMet())
                .hoursShort(getHoursShort().plus(other.getHoursShort()))
                .rotationRequired(getRotationRequired() + other.getRotationRequired())
                .rotationDone(getRotationDone() + other.getRotationDone())
                .missing(missing).undetermined(undetermined).build();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoverageRow}. */
    public static class Builder extends ImmutableCoverageRow.Builder {}
}
