package org.dangjian.coverage.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.dangjian.core.money.Fraction;

/**
 * The counts behind the coverage rates of one group of organizations (a jurisdiction, a kind, an industry …),
 * with the rates as exact fractions (RULES.md “Coverage”):
 * <ul>
 *   <li>{@code units}: units actually operating — the denominator of the coverage rates;</li>
 *   <li>{@code ownOrganization}: of those, units with their own Party organization;</li>
 *   <li>{@code jointlyCovered}: units covered only by a joint (or park, building …) organization;</li>
 *   <li>{@code workCoveredOnly}: units with no Party organization but an instructor, a liaison or mass
 *       organizations;</li>
 *   <li>{@code withMembers}: units with at least one member;</li>
 *   <li>{@code mustForm} / {@code mustFormWithOwn}: operating units with 3+ full members, and
 *       those of them with their own organization (应建尽建);</li>
 *   <li>{@code aboveScale} / {@code aboveScaleWithOwn}: operating above-scale enterprises (where the jurisdiction
 *       defines the scale), and those with their own organization;</li>
 *   <li>{@code fullMembers}, {@code members}: members working in the units counted.</li>
 * </ul>
 *
 * <p>Counts add up ({@link #plus}) so a parent's counts equal the sum of its parts. Written to JSON (counts and
 * exact rates) by {@code DangjianJson.write}. This class is immutable and thread-safe.
 */
public final class CoverageCounts {
    /** No organizations. */
    public static final CoverageCounts ZERO = new CoverageCounts(new long[11]);

    static final int UNITS = 0;
    static final int OWN = 1;
    static final int JOINT = 2;
    static final int WORK = 3;
    static final int WITH_MEMBERS = 4;
    static final int MUST_FORM = 5;
    static final int MUST_FORM_OWN = 6;
    static final int ABOVE_SCALE = 7;
    static final int ABOVE_SCALE_OWN = 8;
    static final int FULL_MEMBERS = 9;
    static final int MEMBERS = 10;
    static final int FIELDS = 11;

    private final long[] c;

    private CoverageCounts(long[] c) {
        this.c = c;
    }

    static CoverageCounts ofArray(long[] counts) {
        return new CoverageCounts(counts.clone());
    }

    /** @return units actually operating */
    @JsonProperty
    public long units() {
        return c[UNITS];
    }

    /** @return units with their own Party organization */
    @JsonProperty
    public long ownOrganization() {
        return c[OWN];
    }

    /** @return units covered only by a joint organization */
    @JsonProperty
    public long jointlyCovered() {
        return c[JOINT];
    }

    /** @return units with own or joint organizational coverage */
    @JsonProperty
    public long organizationallyCovered() {
        return c[OWN] + c[JOINT];
    }

    /** @return units with work coverage only */
    @JsonProperty
    public long workCoveredOnly() {
        return c[WORK];
    }

    /** @return units with an organization or work coverage */
    @JsonProperty
    public long workCovered() {
        return c[OWN] + c[JOINT] + c[WORK];
    }

    /** @return units with no coverage at all */
    @JsonProperty
    public long uncovered() {
        return c[UNITS] - workCovered();
    }

    /** @return units with at least one member */
    @JsonProperty
    public long withMembers() {
        return c[WITH_MEMBERS];
    }

    /** @return operating units with 3+ full members */
    @JsonProperty
    public long mustForm() {
        return c[MUST_FORM];
    }

    /** @return of those, units with their own organization */
    @JsonProperty
    public long mustFormWithOwn() {
        return c[MUST_FORM_OWN];
    }

    /** @return operating above-scale enterprises */
    @JsonProperty
    public long aboveScale() {
        return c[ABOVE_SCALE];
    }

    /** @return of those, with their own organization */
    @JsonProperty
    public long aboveScaleWithOwn() {
        return c[ABOVE_SCALE_OWN];
    }

    /** @return full members working in the units */
    @JsonProperty
    public long fullMembers() {
        return c[FULL_MEMBERS];
    }

    /** @return members (full and probationary) working in the units */
    @JsonProperty
    public long members() {
        return c[MEMBERS];
    }

    /** @return organizational coverage rate (COV-RATE-001), undefined when no unit, not null */
    @JsonProperty
    public Fraction organizationalCoverageRate() {
        return Fraction.rate(organizationallyCovered(), units());
    }

    /** @return standalone rate (COV-RATE-002), not null */
    @JsonProperty
    public Fraction standaloneRate() {
        return Fraction.rate(ownOrganization(), units());
    }

    /** @return work coverage rate (COV-RATE-003), not null */
    @JsonProperty
    public Fraction workCoverageRate() {
        return Fraction.rate(workCovered(), units());
    }

    /** @return formation-compliance rate (COV-RATE-004), not null */
    @JsonProperty
    public Fraction formationComplianceRate() {
        return Fraction.rate(mustFormWithOwn(), mustForm());
    }

    /** @return share of units with members (COV-RATE-005), not null */
    @JsonProperty
    public Fraction memberShare() {
        return Fraction.rate(withMembers(), units());
    }

    /** @return standalone rate of above-scale enterprises (COV-TGT-004), not null */
    @JsonProperty
    public Fraction aboveScaleStandaloneRate() {
        return Fraction.rate(aboveScaleWithOwn(), aboveScale());
    }

    /**
     * The sum of two groups' counts.
     *
     * @param other the other counts, not null
     * @return the sum, not null
     */
    public CoverageCounts plus(CoverageCounts other) {
        long[] s = new long[FIELDS];
        for (int i = 0; i < FIELDS; i++) {
            s[i] = c[i] + other.c[i];
        }
        return new CoverageCounts(s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageCounts k && java.util.Arrays.equals(k.c, c);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(c);
    }

    /** @return such as {@code units=10 own=4 joint=2 work=3 …} */
    @Override
    public String toString() {
        return "units=" + units() + " own=" + ownOrganization() + " joint=" + jointlyCovered() + " work="
                + workCoveredOnly() + " withMembers=" + withMembers() + " mustForm=" + mustForm() + " mustFormOwn="
                + mustFormWithOwn() + " aboveScale=" + aboveScale() + " aboveScaleOwn=" + aboveScaleWithOwn()
                + " fullMembers=" + fullMembers() + " members=" + members();
    }

    /** A mutable tally, confined to the thread that builds a report. */
    static final class Tally {
        final long[] c = new long[FIELDS];

        void add(long[] delta) {
            for (int i = 0; i < FIELDS; i++) {
                c[i] += delta[i];
            }
        }

        CoverageCounts freeze() {
            return CoverageCounts.ofArray(c);
        }
    }
}
