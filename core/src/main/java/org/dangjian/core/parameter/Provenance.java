package org.dangjian.core.parameter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.code.Jurisdiction;

/**
 * Which layer a resolved value came from: the national baseline, a profile adopted by a jurisdiction, or a
 * jurisdiction's own override, and from which date.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Provenance {
    private final LayerKind kind;
    private final Jurisdiction jurisdiction;
    private final LocalDate effectiveFrom;
    private final String detail;

    Provenance(LayerKind kind, Jurisdiction jurisdiction, LocalDate effectiveFrom, String detail) {
        this.kind = Objects.requireNonNull(kind);
        this.jurisdiction = jurisdiction;
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom);
        this.detail = detail;
    }

    /** @return the kind of layer, not null */
    public LayerKind kind() {
        return kind;
    }

    /** @return the jurisdiction of the layer; empty for the national baseline, not null */
    public Optional<Jurisdiction> jurisdiction() {
        return Optional.ofNullable(jurisdiction);
    }

    /** @return the first day the value is in force, not null */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** @return the profile id or the document named by the override, or the citation of a baseline, not null */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /** @return the jurisdiction's depth: 0 national, 1 province … 5 village */
    int depth() {
        return jurisdiction == null ? 0 : jurisdiction.level().ordinal() + 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Provenance p && p.kind == kind && Objects.equals(p.jurisdiction, jurisdiction)
                && p.effectiveFrom.equals(effectiveFrom) && Objects.equals(p.detail, detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, jurisdiction, effectiveFrom, detail);
    }

    /** @return such as {@code 430102 本级调整 2026-01-01起（芙组通〔2026〕1号）} */
    @Override
    public String toString() {
        return (jurisdiction == null ? "" : jurisdiction + " ") + kind.label() + " " + effectiveFrom + "起"
                + (detail == null ? "" : "（" + detail + "）");
    }
}
