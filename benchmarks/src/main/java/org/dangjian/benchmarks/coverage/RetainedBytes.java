package org.dangjian.benchmarks.coverage;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.dangjian.benchmarks.county.Counties;
import org.dangjian.benchmarks.county.CountyPolicy;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.coverage.ledger.CoverageReport;
import org.dangjian.coverage.ledger.Ledger;
import org.dangjian.examples.county.SampleCounty;

/**
 * Bytes retained per organization: by the SDK's coverage report once built, and by the ledger's index (what
 * {@code Ledger.of} keeps beyond the lists it is given), measured as the live heap after full collections with
 * and without the object (the organizations themselves stay alive throughout).
 *
 * @param organizations the ledger's size
 * @param reportBytes the live heap the report adds, in bytes
 * @param ledgerBytes the live heap the ledger adds, in bytes
 */
public record RetainedBytes(int organizations, long reportBytes, long ledgerBytes) {

    /**
     * Measures a ledger of the sample county.
     *
     * @param organizations the ledger's size
     * @return the measurement, not null
     */
    public static RetainedBytes measure(int organizations) {
        SampleCounty county = Counties.of(organizations);
        ResolvedParameters parameters = CountyPolicy.parameters(county);
        long before = live();
        Ledger ledger = Ledger.of(county.county(), county.organizations(), county.partyOrganizations(),
                county.hosts());
        long withLedger = live();
        CoverageReport report = CoverageReport.of(ledger, parameters);
        long withReport = live();
        RetainedBytes r = new RetainedBytes(organizations, withReport - withLedger, withLedger - before);
        // keep both reachable until measured
        if (report.listed() != organizations || ledger.organizations().size() != organizations) {
            throw new IllegalStateException("the ledger lost organizations");
        }
        return r;
    }

    /** @return bytes the report retains per organization */
    public double reportPerOrganization() {
        return (double) reportBytes / organizations;
    }

    /** @return bytes the ledger retains per organization */
    public double ledgerPerOrganization() {
        return (double) ledgerBytes / organizations;
    }

    private static long live() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = memory.getHeapMemoryUsage().getUsed();
            if (Math.abs(used - last) < 64 * 1024) {
                return used;
            }
            last = used;
        }
        return last;
    }

    /**
     * Prints the measurement of a 1,000,000-organization ledger.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        RetainedBytes r = measure(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000);
        System.out.printf(java.util.Locale.ROOT, "coverage report retains %.1f B per organization; the ledger %.1f B%n",
                r.reportPerOrganization(), r.ledgerPerOrganization());
    }
}
