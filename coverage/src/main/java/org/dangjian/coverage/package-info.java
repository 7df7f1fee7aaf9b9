/**
 * The coverage domain of the Dangjian SDK: the ledger of new organizations (“两新”组织), dual coverage, the ways
 * of forming Party organizations, and the gap list. {@link org.dangjian.coverage.CoverageRules} is the rule
 * catalog (COV-…) with its parameters ({@code coverage.…}) and the seeds' local profiles.
 *
 * <pre>{@code
 * PolicyParameters params = PolicyParameters.nationalBaseline()
 *         .adopt(Jurisdiction.of("430100"), LocalProfile.SEED_002, LocalDate.of(2020, 1, 1));
 * ResolvedParameters county = params.resolve(Jurisdiction.of("430102"), asOf);
 * FormationPolicy.of(county).rankMethods(org, context);           // [PARK, JOINT, FALLBACK] with reasons
 * CoverageReport report = CoverageReport.of(ledger, county);      // one pass, exact fractions
 * TargetPolicy.of(params, asOf).evaluate(report, county.jurisdiction(), TargetMetric.FORMATION_COMPLIANCE);
 * GapList.of(ledger, county, Optional.of(lastSurvey)).gaps();     // who fails what, and how to fix it
 * }</pre>
 *
 * <p>Entry points: {@link org.dangjian.coverage.formation.FormationPolicy} (one organization),
 * {@link org.dangjian.coverage.election.ElectionPolicy} (committee elections),
 * {@link org.dangjian.coverage.platform.PlatformPolicy} (platform worker groups),
 * {@link org.dangjian.coverage.ledger.Ledger}, {@link org.dangjian.coverage.ledger.CoverageReport},
 * {@link org.dangjian.coverage.ledger.TargetPolicy}, {@link org.dangjian.coverage.ledger.GapList},
 * {@link org.dangjian.coverage.ledger.FiveClearSummary}, {@link org.dangjian.coverage.ledger.LedgerDiff} and
 * {@link org.dangjian.coverage.campaign.CampaignPolicy}.
 */
package org.dangjian.coverage;
