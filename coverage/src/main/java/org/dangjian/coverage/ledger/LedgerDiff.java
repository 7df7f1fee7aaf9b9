package org.dangjian.coverage.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.CoverageRules;

/**
 * The differences between two ledger snapshots: organizations added, dissolved (gone, or no longer operating),
 * crossing a threshold (full members at 3; staff at the jurisdiction's members and organization thresholds
 * where set) up or down, and losing or gaining organizational coverage.
 *
 * <pre>{@code
 * LedgerDiff.between(lastYear, thisYear, params.resolve(county, asOf)).value().entries(DiffKind.LOST_COVERAGE);
 * }</pre>
 *
 * <p>Linear in the two ledgers; entries sorted by kind then code. This class is immutable and thread-safe.
 */
public final class LedgerDiff {
    private final List<DiffEntry> entries;

    private LedgerDiff(List<DiffEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Diffs two snapshots.
     *
     * @param before the earlier snapshot, not null
     * @param after the later snapshot, not null
     * @param parameters the parameters whose thresholds are watched, not null
     * @return DETERMINED with the differences, not null
     */
    public static Decision<LedgerDiff> between(Ledger before, Ledger after, ResolvedParameters parameters) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Threshold> thresholds = new ArrayList<>();
        addThreshold(thresholds, parameters, CoverageRules.MIN_FULL_MEMBERS, NewOrganization::getFullMembers);
        addThreshold(thresholds, parameters, CoverageRules.MEMBERS_EXPECTED_AT_STAFF, NewOrganization::getHeadCount);
        addThreshold(thresholds, parameters, CoverageRules.ORGANIZATION_EXPECTED_AT_STAFF, NewOrganization::getHeadCount);
        List<DiffEntry> out = new ArrayList<>();
        for (NewOrganization now : after.organizations()) {
            Optional<NewOrganization> was = before.find(now.getCreditCode());
            if (was.isEmpty()) {
                out.add(DiffEntry.of(DiffKind.ADDED, now.getCreditCode(), now.getName()));
                continue;
            }
            NewOrganization old = was.get();
            if (old.isOperating() && !now.isOperating()) {
                out.add(DiffEntry.of(DiffKind.DISSOLVED, now.getCreditCode(), now.getStatus().name()));
            }
            for (Threshold t : thresholds) {
                int a = t.value.applyAsInt(old);
                int b = t.value.applyAsInt(now);
                if (a < t.at && b >= t.at) {
                    out.add(DiffEntry.of(DiffKind.CROSSED_UP, now.getCreditCode(), t.name + " " + a + "→" + b));
                } else if (a >= t.at && b < t.at) {
                    out.add(DiffEntry.of(DiffKind.CROSSED_DOWN, now.getCreditCode(), t.name + " " + a + "→" + b));
                }
            }
            boolean covered = before.coverageOf(old).isOrganizational();
            boolean coveredNow = after.coverageOf(now).isOrganizational();
            if (covered && !coveredNow) {
                out.add(DiffEntry.of(DiffKind.LOST_COVERAGE, now.getCreditCode(), ""));
            } else if (!covered && coveredNow) {
                out.add(DiffEntry.of(DiffKind.GAINED_COVERAGE, now.getCreditCode(), ""));
            }
        }
        for (NewOrganization old : before.organizations()) {
            if (after.find(old.getCreditCode()).isEmpty()) {
                out.add(DiffEntry.of(DiffKind.DISSOLVED, old.getCreditCode(), "REMOVED"));
                if (before.coverageOf(old).isOrganizational()) {
                    out.add(DiffEntry.of(DiffKind.LOST_COVERAGE, old.getCreditCode(), "REMOVED"));
                }
            }
        }
        out.sort(Comparator.comparing(DiffEntry::kind).thenComparing(DiffEntry::creditCode)
                .thenComparing(DiffEntry::detail));
        LedgerDiff diff = new LedgerDiff(out);
        Map<DiffKind, Integer> counts = diff.counts();
        return Decision.determined(diff, List.of(Reason.of(CoverageRules.DIFF, "diff.summary")
                .with("added", counts.get(DiffKind.ADDED)).with("dissolved", counts.get(DiffKind.DISSOLVED))
                .with("crossedUp", counts.get(DiffKind.CROSSED_UP)).with("crossedDown", counts.get(DiffKind.CROSSED_DOWN))
                .with("lost", counts.get(DiffKind.LOST_COVERAGE)).with("gained", counts.get(DiffKind.GAINED_COVERAGE))));
    }

    private static void addThreshold(List<Threshold> l, ResolvedParameters p, ParameterKey<Integer> key,
            ToIntFunction<NewOrganization> value) {
        p.find(key).ifPresent(at -> l.add(new Threshold(key.name() + "=" + at, at, value)));
    }

    private static final class Threshold {
        final String name;
        final int at;
        final ToIntFunction<NewOrganization> value;

        Threshold(String name, int at, ToIntFunction<NewOrganization> value) {
            this.name = name;
            this.at = at;
            this.value = value;
        }
    }

    /** @return every difference, by kind then code, not null */
    public List<DiffEntry> entries() {
        return entries;
    }

    /**
     * The differences of one kind.
     *
     * @param kind the kind, not null
     * @return the entries, not null
     */
    public List<DiffEntry> entries(DiffKind kind) {
        List<DiffEntry> l = new ArrayList<>();
        for (DiffEntry e : entries) {
            if (e.kind() == kind) {
                l.add(e);
            }
        }
        return l;
    }

    /** @return the number of entries of each kind, every kind present, not null */
    public Map<DiffKind, Integer> counts() {
        Map<DiffKind, Integer> m = new EnumMap<>(DiffKind.class);
        for (DiffKind k : DiffKind.values()) {
            m.put(k, 0);
        }
        for (DiffEntry e : entries) {
            m.merge(e.kind(), 1, Integer::sum);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerDiff d && d.entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** @return the counts by kind */
    @Override
    public String toString() {
        return "LedgerDiff" + counts();
    }
}
