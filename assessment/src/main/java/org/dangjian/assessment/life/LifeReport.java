package org.dangjian.assessment.life;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.core.money.Fraction;
import org.immutables.value.Value;

/**
 * The organizational-life report of one Party organization over a window, such as the year 2026 as of
 * 2026-12-31: compliance per meeting type and per period.
 *
 * <pre>{@code
 * LifeReport r = policy.assess(branch, meetings, AssessmentPeriod.year(2026), LocalDate.of(2026, 12, 31)).value();
 * r.compliance();          // 39/41 of the due periods met
 * r.toString();            // 39/41
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLifeReport.class)
@JsonDeserialize(as = ImmutableLifeReport.class)
public abstract class LifeReport {

    /** @return the Party organization's id, not null */
    public abstract String getOrganizationId();

    /** @return the window assessed, not null */
    public abstract AssessmentPeriod getWindow();

    /** @return the as-of date: only periods ended by then are due, not null */
    public abstract LocalDate getAsOf();

    /** @return one entry per meeting type, in the order of {@link MeetingType}, not null */
    public abstract List<TypeCompliance> getTypes();

    /**
     * The entry of one type.
     *
     * @param type the type, not null
     * @return the entry, not null
     */
    public TypeCompliance of(MeetingType type) {
        for (TypeCompliance t : getTypes()) {
            if (t.getType() == type) {
                return t;
            }
        }
        throw new NoSuchElementException("no entry for " + type);
    }

    /** @return the due periods, over every applicable type */
    public int requiredPeriods() {
        int n = 0;
        for (TypeCompliance t : getTypes()) {
            n += t.getRequiredPeriods().size();
        }
        return n;
    }

    /** @return the due periods met, over every applicable type */
    public int metPeriods() {
        int n = 0;
        for (TypeCompliance t : getTypes()) {
            n += t.metPeriods();
        }
        return n;
    }

    /** @return met ÷ due periods; undefined (0/0) when nothing was due, not null */
    public Fraction compliance() {
        return Fraction.rate(metPeriods(), requiredPeriods());
    }

    /** @return whether every due period of every type was met */
    public boolean isCompliant() {
        return metPeriods() == requiredPeriods();
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link LifeReport}. */
    public static class Builder extends ImmutableLifeReport.Builder {}

    /** @return {@code met/due}, such as {@code 39/41} */
    @Override
    public String toString() {
        return metPeriods() + "/" + requiredPeriods();
    }
}
