package org.dangjian.training.duty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.immutables.value.Value;

/**
 * Training coverage per jurisdiction and role for a year: trained against required, the people missing and
 * the hours short. {@link #rollUp(JurisdictionLevel)} adds rows up to a higher level; counts and hours add
 * up exactly.
 *
 * <p>{@code toString()} gives the totals, such as {@code 2026: hours 8/10, rotation 9/10, short 40}. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoverageReport.class)
@JsonDeserialize(as = ImmutableCoverageReport.class)
public abstract class CoverageReport {

    /** @return the year, not null */
    public abstract Year getYear();

    /** @return the level rows are grouped at, not null */
    public abstract JurisdictionLevel getLevel();

    /** @return the rows, ordered by jurisdiction and role, not null */
    public abstract List<CoverageRow> getRows();

    /**
     * The rows added up to a higher level (a row already above it is kept).
     *
     * @param level the level, not below this report's, not null
     * @return the rolled-up report, not null
     * @throws IllegalArgumentException when the level is below this report's
     */
    public CoverageReport rollUp(JurisdictionLevel level) {
        if (level.ordinal() > getLevel().ordinal()) {
            throw new IllegalArgumentException("cannot roll " + getLevel() + " rows down to " + level);
        }
        return ImmutableCoverageReport.builder().year(getYear()).level(level)
                .rows(merge(getRows(), level)).build();
    }

    /** @return every row added up into one per role, not null */
    public List<CoverageRow> totalsByRole() {
        Map<Role, CoverageRow> m = new TreeMap<>();
        for (CoverageRow r : getRows()) {
            m.merge(r.getRole(), r, CoverageRow::plus);
        }
        return new ArrayList<>(m.values());
    }

    static List<CoverageRow> merge(List<CoverageRow> rows, JurisdictionLevel level) {
        Map<String, CoverageRow> m = new TreeMap<>();
        for (CoverageRow r : rows) {
            Jurisdiction j = clip(r.getJurisdiction(), level);
            CoverageRow keyed = ImmutableCoverageRow.builder().from(r).jurisdiction(j).build();
            m.merge(j.code() + "|" + r.getRole().ordinal(), keyed, CoverageRow::plus);
        }
        return new ArrayList<>(m.values());
    }

    static Jurisdiction clip(Jurisdiction j, JurisdictionLevel level) {
        return j.level().ordinal() <= level.ordinal() ? j : j.at(level);
    }

    /** @return a new builder, not null */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CoverageReport}. */
    public static class Builder extends ImmutableCoverageReport.Builder {}

    @Override
    public String toString() {
        int hr = 0;
        int hm = 0;
        int rr = 0;
        int rd = 0;
        ClassHours s = ClassHours.ZERO;
        for (CoverageRow r : getRows()) {
            hr += r.getHoursRequired();
            hm += r.getHoursMet();
            rr += r.getRotationRequired();
            rd += r.getRotationDone();
            s = s.plus(r.getHoursShort());
        }
        return getYear() + ": hours " + hm + "/" + hr + ", rotation " + rd + "/" + rr + ", short " + s;
    }
}
