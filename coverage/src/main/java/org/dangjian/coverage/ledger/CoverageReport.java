package org.dangjian.coverage.ledger;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.CoverageRules;
import org.dangjian.coverage.formation.FormationPolicy;

/**
 * The coverage report of a ledger on a date: counts and exact rates for the whole jurisdiction, rolled up
 * township → county → city → province, and broken down by kind, sub-kind, industry, size band and host kind.
 *
 * <pre>{@code
 * CoverageReport r = CoverageReport.of(ledger, params.resolve(county, asOf));
 * r.total().organizationalCoverageRate();          // 183/200
 * r.total().organizationalCoverageRate().toPercent(2);   // 91.50%
 * r.counts(Jurisdiction.of("430102001"));         // the township's counts
 * }</pre>
 *
 * <p>Built in one pass over the organizations with the ledger's coverage index: no step is quadratic, and the
 * per-organization work allocates nothing once each township's chain of tallies exists. The report is the same
 * whatever the order of the ledger. Units registered at a county (or higher) code count there and above, in no
 * township. Written to JSON by {@code DangjianJson.write} (write-only). This class is immutable and thread-safe.
 */
public final class CoverageReport {
    private final Jurisdiction area;
    private final LocalDate asOf;
    private final long listed;
    private final long notOperating;
    private final long outOfScope;
    private final CoverageCounts total;
    private final SortedMap<Jurisdiction, CoverageCounts> byJurisdiction;
    private final Map<OrganizationKind, CoverageCounts> byKind;
    private final Map<OrganizationSubKind, CoverageCounts> bySubKind;
    private final Map<Industry, CoverageCounts> byIndustry;
    private final Map<SizeBand, CoverageCounts> bySizeBand;
    private final Map<HostKind, CoverageCounts> byHostKind;
    private final CoverageCounts withoutHost;

    private CoverageReport(Builder b) {
        this.area = b.area;
        this.asOf = b.asOf;
        this.listed = b.listed;
        this.notOperating = b.notOperating;
        this.outOfScope = b.outOfScope;
        this.total = b.total.freeze();
        SortedMap<Jurisdiction, CoverageCounts> j = new TreeMap<>();
        b.tallies.forEach((k, v) -> j.put(k, v.freeze()));
        this.byJurisdiction = Collections.unmodifiableSortedMap(j);
        this.byKind = freeze(OrganizationKind.class, b.kind);
        this.bySubKind = freeze(OrganizationSubKind.class, b.subKind);
        this.byIndustry = freeze(Industry.class, b.industry);
        this.bySizeBand = freeze(SizeBand.class, b.size);
        this.byHostKind = freeze(HostKind.class, b.host);
        this.withoutHost = b.noHost.freeze();
    }

    private static <E extends Enum<E>> Map<E, CoverageCounts> freeze(Class<E> type, CoverageCounts.Tally[] t) {
        EnumMap<E, CoverageCounts> m = new EnumMap<>(type);
        E[] constants = type.getEnumConstants();
        for (int i = 0; i < t.length; i++) {
            m.put(constants[i], t[i].freeze());
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * Computes the report of a ledger with the parameters of its jurisdiction on the as-of date.
     *
     * @param ledger the ledger, not null
     * @param parameters resolved for the ledger's jurisdiction and the as-of date, not null
     * @return the report, not null
     */
    public static CoverageReport of(Ledger ledger, ResolvedParameters parameters) {
        Objects.requireNonNull(ledger, "ledger");
        FormationPolicy policy = FormationPolicy.of(parameters);
        Integer minFull = parameters.find(CoverageRules.MIN_FULL_MEMBERS).orElse(null);
        Money scaleRevenue = parameters.find(CoverageRules.ABOVE_SCALE_REVENUE).orElse(null);
        Integer scaleEmployees = parameters.find(CoverageRules.ABOVE_SCALE_EMPLOYEES).orElse(null);
        boolean scaleDefined = scaleRevenue != null && scaleEmployees != null;
        Builder b = new Builder(ledger.area(), parameters.date());
        long[] d = new long[CoverageCounts.FIELDS];
        Map<Jurisdiction, CoverageCounts.Tally[]> chains = new HashMap<>();
        for (NewOrganization o : ledger.organizations()) {
            b.listed++;
            if (!o.isOperating()) {
                b.notOperating++;
                continue;
            }
            java.util.Arrays.fill(d, 0);
            if (!policy.isInScope(o)) {
                b.outOfScope++;
            }
            int flags = ledger.flags(o.getCreditCode());
            boolean own = (flags & Ledger.OWN_FLAG) != 0;
            boolean joint = !own && (flags & Ledger.JOINT_FLAG) != 0;
            d[CoverageCounts.UNITS] = 1;
            d[CoverageCounts.OWN] = own ? 1 : 0;
            d[CoverageCounts.JOINT] = joint ? 1 : 0;
            d[CoverageCounts.WORK] = !own && !joint && FormationPolicy.hasWorkCoverage(o) ? 1 : 0;
            d[CoverageCounts.WITH_MEMBERS] = o.members() > 0 ? 1 : 0;
            if (scaleDefined && o.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE
                    && (o.getHeadCount() >= scaleEmployees
                            || (o.getAnnualRevenue().isPresent()
                                    && o.getAnnualRevenue().get().compareTo(scaleRevenue) >= 0))) {
                d[CoverageCounts.ABOVE_SCALE] = 1;
                d[CoverageCounts.ABOVE_SCALE_OWN] = own ? 1 : 0;
            }
            if (minFull != null && o.getFullMembers() >= minFull) {
                d[CoverageCounts.MUST_FORM] = 1;
                d[CoverageCounts.MUST_FORM_OWN] = own ? 1 : 0;
            }
            d[CoverageCounts.FULL_MEMBERS] = o.getFullMembers();
            d[CoverageCounts.MEMBERS] = o.members();
            b.total.add(d);
            CoverageCounts.Tally[] chain = chains.get(o.getJurisdiction());
            if (chain == null) {
                chain = b.chain(o.getJurisdiction());
                chains.put(o.getJurisdiction(), chain);
            }
            for (CoverageCounts.Tally t : chain) {
                t.add(d);
            }
            b.kind[o.kind().ordinal()].add(d);
            b.subKind[o.getSubKind().ordinal()].add(d);
            b.industry[o.getIndustry().ordinal()].add(d);
            b.size[SizeBand.of(o.getHeadCount()).ordinal()].add(d);
            List<Host> hosts = o.getHosts();
            if (hosts.isEmpty()) {
                b.noHost.add(d);
            } else {
                int seen = 0;
                for (Host h : hosts) {
                    int bit = 1 << h.getKind().ordinal();
                    if ((seen & bit) == 0) {
                        seen |= bit;
                        b.host[h.getKind().ordinal()].add(d);
                    }
                }
            }
        }
        return new CoverageReport(b);
    }

    private static final class Builder {
        final Jurisdiction area;
        final LocalDate asOf;
        long listed;
        long notOperating;
        long outOfScope;
        final CoverageCounts.Tally total = new CoverageCounts.Tally();
        final Map<Jurisdiction, CoverageCounts.Tally> tallies = new HashMap<>();
        final CoverageCounts.Tally[] kind = tallies(OrganizationKind.values().length);
        final CoverageCounts.Tally[] subKind = tallies(OrganizationSubKind.values().length);
        final CoverageCounts.Tally[] industry = tallies(Industry.values().length);
        final CoverageCounts.Tally[] size = tallies(SizeBand.values().length);
        final CoverageCounts.Tally[] host = tallies(HostKind.values().length);
        final CoverageCounts.Tally noHost = new CoverageCounts.Tally();

        Builder(Jurisdiction area, LocalDate asOf) {
            this.area = area;
            this.asOf = asOf;
        }

        static CoverageCounts.Tally[] tallies(int n) {
            CoverageCounts.Tally[] t = new CoverageCounts.Tally[n];
            for (int i = 0; i < n; i++) {
                t[i] = new CoverageCounts.Tally();
            }
            return t;
        }

        /** The tallies of the area and every level below it down to the township that holds {@code j}. */
        CoverageCounts.Tally[] chain(Jurisdiction j) {
            List<CoverageCounts.Tally> l = new ArrayList<>();
            int deepest = Math.min(j.level().ordinal(), JurisdictionLevel.TOWNSHIP.ordinal());
            for (int lv = area.level().ordinal(); lv <= deepest; lv++) {
                Jurisdiction at = j.at(JurisdictionLevel.values()[lv]);
                l.add(tallies.computeIfAbsent(at, k -> new CoverageCounts.Tally()));
            }
            return l.toArray(new CoverageCounts.Tally[0]);
        }
    }

    /** @return the ledger's jurisdiction, not null */
    @JsonProperty
    public Jurisdiction area() {
        return area;
    }

    /** @return the as-of date, not null */
    @JsonProperty
    public LocalDate asOf() {
        return asOf;
    }

    /** @return organizations listed in the ledger */
    @JsonProperty
    public long listed() {
        return listed;
    }

    /** @return listed organizations not operating (not counted) */
    @JsonProperty
    public long notOperating() {
        return notOperating;
    }

    /**
     * @return operating organizations below the survey scope; they are counted like the others (the rates'
     *     denominator is every operating unit in the ledger), this tells how many the ledger holds beyond the scope
     */
    @JsonProperty
    public long outOfScope() {
        return outOfScope;
    }

    /** @return the whole jurisdiction's counts, not null */
    @JsonProperty
    public CoverageCounts total() {
        return total;
    }

    /** @return counts of the area and every jurisdiction below it down to townships, by code, not null */
    @JsonProperty
    public SortedMap<Jurisdiction, CoverageCounts> byJurisdiction() {
        return byJurisdiction;
    }

    /**
     * The counts of one jurisdiction.
     *
     * @param jurisdiction the jurisdiction, not null
     * @return its counts, empty when it has no organization in the ledger, not null
     */
    public Optional<CoverageCounts> counts(Jurisdiction jurisdiction) {
        return Optional.ofNullable(byJurisdiction.get(jurisdiction));
    }

    /**
     * The jurisdictions one level below, with organizations in the ledger.
     *
     * @param parent the parent, not null
     * @return the children in code order, not null
     */
    public List<Jurisdiction> children(Jurisdiction parent) {
        List<Jurisdiction> l = new ArrayList<>();
        for (Jurisdiction j : byJurisdiction.keySet()) {
            if (j.parent().map(parent::equals).orElse(false)) {
                l.add(j);
            }
        }
        return l;
    }

    /**
     * The jurisdictions at a level, with organizations in the ledger.
     *
     * @param level the level, not null
     * @return the jurisdictions in code order, not null
     */
    public List<Jurisdiction> at(JurisdictionLevel level) {
        List<Jurisdiction> l = new ArrayList<>();
        for (Jurisdiction j : byJurisdiction.keySet()) {
            if (j.level() == level) {
                l.add(j);
            }
        }
        return l;
    }

    /**
     * One rate of one jurisdiction as a decision citing the rule that defines it, with its numerator and
     * denominator in the reason.
     *
     * @param kind the rate, not null
     * @param jurisdiction a jurisdiction of the report, not null
     * @return DETERMINED with the exact rate; NOT_APPLICABLE with the undefined rate when nothing is counted,
     *     not null
     */
    public Decision<Fraction> decideRate(RateKind kind, Jurisdiction jurisdiction) {
        CoverageCounts c = counts(jurisdiction).orElse(CoverageCounts.ZERO);
        long part = kind.part(c);
        long whole = kind.whole(c);
        Fraction f = Fraction.rate(part, whole);
        Reason r = Reason.of(kind.rule(), "rate.value").with("jurisdiction", jurisdiction).with("rate", kind.label())
                .with("part", part).with("whole", whole).with("percent", f.toPercent(2));
        return whole == 0 ? Decision.of(Outcome.NOT_APPLICABLE, f, r) : Decision.determined(f, List.of(r));
    }

    /** @return counts by kind, every kind present, not null */
    @JsonProperty
    public Map<OrganizationKind, CoverageCounts> byKind() {
        return byKind;
    }

    /** @return counts by sub-kind, every sub-kind present, not null */
    @JsonProperty
    public Map<OrganizationSubKind, CoverageCounts> bySubKind() {
        return bySubKind;
    }

    /** @return counts by industry section, every section present, not null */
    @JsonProperty
    public Map<Industry, CoverageCounts> byIndustry() {
        return byIndustry;
    }

    /** @return counts by size band, every band present, not null */
    @JsonProperty
    public Map<SizeBand, CoverageCounts> bySizeBand() {
        return bySizeBand;
    }

    /** @return counts by host kind (a unit in two kinds counts in both), every kind present, not null */
    @JsonProperty
    public Map<HostKind, CoverageCounts> byHostKind() {
        return byHostKind;
    }

    /** @return counts of units with no host, not null */
    @JsonProperty
    public CoverageCounts withoutHost() {
        return withoutHost;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CoverageReport r && r.area.equals(area) && r.asOf.equals(asOf) && r.listed == listed
                && r.notOperating == notOperating && r.outOfScope == outOfScope && r.total.equals(total)
                && r.byJurisdiction.equals(byJurisdiction) && r.byKind.equals(byKind) && r.bySubKind.equals(bySubKind)
                && r.byIndustry.equals(byIndustry) && r.bySizeBand.equals(bySizeBand)
                && r.byHostKind.equals(byHostKind) && r.withoutHost.equals(withoutHost);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, asOf, total, byJurisdiction);
    }

    /** @return the area, date and total counts */
    @Override
    public String toString() {
        return "CoverageReport[" + area + " " + asOf + ": " + total + "]";
    }
}
