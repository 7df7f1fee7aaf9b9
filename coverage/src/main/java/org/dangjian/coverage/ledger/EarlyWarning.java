package org.dangjian.coverage.ledger;

import java.util.Objects;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Reason;

/**
 * One early warning of a ledger: its kind, the organization or Party organization it concerns (a credit code
 * or a Party organization id), where, and the reason with its rule, such as
 * {@code TERM_EXPIRED 430102-B-0001 (430102001)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EarlyWarning {
    private final WarningKind kind;
    private final String subject;
    private final Jurisdiction jurisdiction;
    private final Reason reason;

    private EarlyWarning(WarningKind kind, String subject, Jurisdiction jurisdiction, Reason reason) {
        this.kind = Objects.requireNonNull(kind);
        this.subject = Objects.requireNonNull(subject);
        this.jurisdiction = Objects.requireNonNull(jurisdiction);
        this.reason = Objects.requireNonNull(reason);
    }

    /**
     * A warning.
     *
     * @param kind the kind, not null
     * @param subject the credit code or Party organization id, not null
     * @param jurisdiction where, not null
     * @param reason why, not null
     * @return the warning, not null
     */
    public static EarlyWarning of(WarningKind kind, String subject, Jurisdiction jurisdiction, Reason reason) {
        return new EarlyWarning(kind, subject, jurisdiction, reason);
    }

    /** @return the kind, not null */
    public WarningKind kind() {
        return kind;
    }

    /** @return the credit code or Party organization id, not null */
    public String subject() {
        return subject;
    }

    /** @return where, not null */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** @return the reason with its rule, not null */
    public Reason reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EarlyWarning w && w.kind == kind && w.subject.equals(subject)
                && w.jurisdiction.equals(jurisdiction) && w.reason.equals(reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, subject, jurisdiction, reason);
    }

    /** @return such as {@code TERM_EXPIRED 430102-B-0001 (430102001)} */
    @Override
    public String toString() {
        return kind + " " + subject + " (" + jurisdiction + ")";
    }
}
