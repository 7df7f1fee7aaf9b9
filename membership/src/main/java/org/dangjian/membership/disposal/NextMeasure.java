package org.dangjian.membership.disposal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The next measure of a disposal case and the earliest day it may be taken, such as
 * {@code ADVISED_TO_WITHDRAW from 2026-07-11}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NextMeasure {
    private final DisposalMeasure measure;
    private final LocalDate earliest;

    NextMeasure(DisposalMeasure measure, LocalDate earliest) {
        this.measure = Objects.requireNonNull(measure, "measure");
        this.earliest = Objects.requireNonNull(earliest, "earliest");
    }

    /** @return the measure, not null */
    public DisposalMeasure measure() {
        return measure;
    }

    /** @return the earliest day it may be taken, not null */
    public LocalDate earliest() {
        return earliest;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NextMeasure n && measure == n.measure && earliest.equals(n.earliest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, earliest);
    }

    /** @return such as {@code ADVISED_TO_WITHDRAW from 2026-07-11} */
    @Override
    public String toString() {
        return measure + " from " + earliest;
    }
}
