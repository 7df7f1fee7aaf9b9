package org.dangjian.examples.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.examples.county.SampleCounty;
import org.dangjian.examples.county.Township;

/**
 * The county's ledger at a glance, from core facts only: how many organizations of each kind and size, where
 * they are, how their Party organizations were formed.
 */
final class LedgerSection {
    private static final int[] SIZE_BANDS = {1, 10, 30, 50, 100, 300, 1000};

    private LedgerSection() {}

    static Section of(SampleCounty county, Text t) {
        Set<CreditCode> covered = new HashSet<>();
        int members = 0;
        Map<FormationMethod, Integer> methods = new LinkedHashMap<>();
        for (FormationMethod m : FormationMethod.values()) {
            methods.put(m, 0);
        }
        for (PartyOrganization po : county.partyOrganizations()) {
            covered.addAll(po.getCoveredOrganizations());
            members += po.members();
            methods.merge(po.getFormationMethod(), 1, Integer::sum);
        }
        int operating = 0;
        int enterprises = 0;
        int instructed = 0;
        List<String> townships = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (Township tw : county.townships()) {
            index.put(tw.code().code(), townships.size());
            townships.add(tw.name());
        }
        double[] withOrg = new double[townships.size()];
        double[] without = new double[townships.size()];
        double[] sizes = new double[SIZE_BANDS.length];
        for (NewOrganization o : county.organizations()) {
            if (o.kind() == OrganizationKind.NON_PUBLIC_ENTERPRISE) {
                enterprises++;
            }
            int band = 0;
            while (band + 1 < SIZE_BANDS.length && o.getHeadCount() >= SIZE_BANDS[band + 1]) {
                band++;
            }
            sizes[band]++;
            if (!o.isOperating()) {
                continue;
            }
            operating++;
            if (o.isInstructorAssigned()) {
                instructed++;
            }
            int i = index.get(o.getJurisdiction().code());
            if (covered.contains(o.getCreditCode())) {
                withOrg[i]++;
            } else {
                without[i]++;
            }
        }
        List<Metric> metrics = List.of(
                new Metric(t.get("ledger.organizations"), String.valueOf(county.organizations().size())),
                new Metric(t.get("ledger.operating"), String.valueOf(operating)),
                new Metric(t.get("ledger.enterprises"), String.valueOf(enterprises)),
                new Metric(t.get("ledger.socialOrganizations"), String.valueOf(county.organizations().size() - enterprises)),
                new Metric(t.get("ledger.hosts"), String.valueOf(county.hosts().size())),
                new Metric(t.get("ledger.partyOrganizations"), String.valueOf(county.partyOrganizations().size())),
                new Metric(t.get("ledger.members"), String.valueOf(members)),
                new Metric(t.get("ledger.unitsCovered"), t.rate(covered.size(), operating)),
                new Metric(t.get("ledger.instructed"), String.valueOf(instructed)),
                new Metric(t.get("ledger.instructors"), String.valueOf(county.instructors().size())));
        Map<String, double[]> byTownship = new LinkedHashMap<>();
        byTownship.put(t.get("ledger.series.withOrganization"), withOrg);
        byTownship.put(t.get("ledger.series.without"), without);
        List<String> sizeLabels = new ArrayList<>();
        for (int i = 0; i < SIZE_BANDS.length; i++) {
            sizeLabels.add(i + 1 < SIZE_BANDS.length ? SIZE_BANDS[i] + "–" + (SIZE_BANDS[i + 1] - 1) : SIZE_BANDS[i] + "+");
        }
        List<String> methodLabels = new ArrayList<>();
        double[] methodCounts = new double[methods.size()];
        int k = 0;
        for (Map.Entry<FormationMethod, Integer> e : methods.entrySet()) {
            methodLabels.add(t.zh() ? e.getKey().label() : e.getKey().name());
            methodCounts[k++] = e.getValue();
        }
        List<Section.Chart> charts = List.of(
                new Section.Chart(t.get("ledger.chart.townships"), SvgCharts.bars("ledger-townships",
                        t.get("axis.township"), t.get("axis.organizations"), townships, byTownship, true, null, null)),
                new Section.Chart(t.get("ledger.chart.sizes"), SvgCharts.bars("ledger-sizes", t.get("axis.headCount"),
                        t.get("axis.organizations"), sizeLabels, Map.of(t.get("axis.organizations"), sizes), false,
                        null, null)),
                new Section.Chart(t.get("ledger.chart.methods"), SvgCharts.bars("ledger-methods",
                        t.get("axis.formationMethod"), t.get("axis.partyOrganizations"), methodLabels,
                        Map.of(t.get("axis.partyOrganizations"), methodCounts), false, null, null)));
        return new Section("ledger", t.get("ledger.title"), t.get("ledger.summary"), metrics, charts, List.of(), 0);
    }
}
