package org.dangjian.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.rule.RuleCatalog;
import org.dangjian.core.rule.RuleSet;
import org.dangjian.examples.county.CountyParameters;
import org.dangjian.examples.county.PartyLife;
import org.dangjian.examples.county.SampleCounty;

/**
 * Runs a sample county through every module on the class path and collects the report.
 *
 * <pre>{@code
 * SampleCounty county = SampleCountyGenerator.generate(2026L, 5_000);
 * CountyReport report = CountyReportBuilder.build(county, CountyParameters.load(), Language.ZH, Progress.NONE);
 * System.out.print(TextReport.render(report));
 * }</pre>
 */
public final class CountyReportBuilder {
    private CountyReportBuilder() {}

    /**
     * Builds the report.
     *
     * @param county the county, not null
     * @param parameters the county's layered parameters, not null
     * @param language the report's language, not null
     * @param progress where to report progress, not null
     * @return the report, not null
     */
    public static CountyReport build(SampleCounty county, CountyParameters parameters, Language language,
            Progress progress) {
        Text t = new Text(language);
        RuleCatalog catalog = RuleCatalog.discover();
        List<String> modules = new ArrayList<>();
        for (RuleSet s : catalog.ruleSets()) {
            modules.add(s.module());
        }
        List<Section> sections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        sections.add(LedgerSection.of(county, t));
        sections.addAll(CoverageSections.of(county, parameters, t, progress));
        ResolvedParameters resolved = parameters.resolve(county.county(), county.asOf());
        TrainingSections training = new TrainingSections(county, resolved, t);
        AssessmentSections assessment = new AssessmentSections(county, resolved, t, training::markWeakAndLax);
        MembershipSections membership = new MembershipSections(county, resolved, t);
        List<LifeConsumer> consumers = List.of(membership, assessment, training);
        progress.start(t.get("progress.life"), county.partyOrganizations().size());
        int done = 0;
        for (PartyOrganization po : county.partyOrganizations()) {
            PartyLife life = county.lifeOf(po);
            for (LifeConsumer c : consumers) {
                c.accept(po, life);
            }
            if (++done % 1_000 == 0) {
                progress.stepTo(done);
            }
        }
        progress.stepTo(done);
        progress.finish();
        sections.addAll(membership.sections());
        sections.addAll(assessment.sections());
        sections.addAll(training.sections(progress));
        sections.add(ParametersSection.of(county, parameters, t));
        sections.add(CatalogSection.of(catalog, t));
        for (String m : List.of("coverage", "membership", "assessment", "training")) {
            if (!modules.contains(m)) {
                notes.add(t.get("note.moduleMissing", "module", m));
            }
        }
        String subtitle = t.get("report.subtitle", "county", county.county() + " " + county.countyName(), "seed",
                county.seed(), "organizations", county.organizations().size(), "asOf", county.asOf());
        return new CountyReport(t.get("report.title"), subtitle, language == Language.ZH ? "zh" : "en", modules,
                sections.get(0).metrics(), sections, notes);
    }
}
