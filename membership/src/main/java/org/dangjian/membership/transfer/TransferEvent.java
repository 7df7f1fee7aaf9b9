package org.dangjian.membership.transfer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step in a transfer's history: the state entered and the day, such as {@code 2026-03-02 IN_TRANSIT}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TransferEvent {
    private final TransferState state;
    private final LocalDate date;

    private TransferEvent(TransferState state, LocalDate date) {
        this.state = state;
        this.date = date;
    }

    /**
     * An event.
     *
     * @param state the state entered, not null
     * @param date the day, not null
     * @return the event, not null
     */
    public static TransferEvent of(TransferState state, LocalDate date) {
        return new TransferEvent(Objects.requireNonNull(state, "state"), Objects.requireNonNull(date, "date"));
    }

    /** @return the state entered, not null */
    public TransferState state() {
        return state;
    }

    /** @return the day, not null */
    public LocalDate date() {
        return date;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferEvent e && state == e.state && date.equals(e.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, date);
    }

    @Override
    public String toString() {
        return date + " " + state;
    }
}
