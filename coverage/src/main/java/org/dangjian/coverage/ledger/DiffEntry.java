package org.dangjian.coverage.ledger;

import java.util.Objects;
import org.dangjian.core.code.CreditCode;

/**
 * One change between two snapshots, such as {@code CROSSED_UP 91430102MA4L12345X coverage.formation.minFullMembers 2→3}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DiffEntry {
    private final DiffKind kind;
    private final CreditCode creditCode;
    private final String detail;

    private DiffEntry(DiffKind kind, CreditCode creditCode, String detail) {
        this.kind = Objects.requireNonNull(kind);
        this.creditCode = Objects.requireNonNull(creditCode);
        this.detail = Objects.requireNonNull(detail);
    }

    /**
     * An entry.
     *
     * @param kind the kind, not null
     * @param creditCode the organization, not null
     * @param detail what changed (the threshold parameter and the values), not null
     * @return the entry, not null
     */
    public static DiffEntry of(DiffKind kind, CreditCode creditCode, String detail) {
        return new DiffEntry(kind, creditCode, detail);
    }

    /** @return the kind, not null */
    public DiffKind kind() {
        return kind;
    }

    /** @return the organization, not null */
    public CreditCode creditCode() {
        return creditCode;
    }

    /** @return what changed, not null */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiffEntry e && e.kind == kind && e.creditCode.equals(creditCode) && e.detail.equals(detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, creditCode, detail);
    }

    @Override
    public String toString() {
        return kind + " " + creditCode + (detail.isEmpty() ? "" : " " + detail);
    }
}
