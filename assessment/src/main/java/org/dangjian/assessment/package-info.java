/**
 * The assessment domain of the Dangjian SDK: organizational life against the required frequencies, weak-and-lax
 * detection, a general scorecard engine with star ratings, “双强六好” and secretaries' review grades, democratic
 * appraisal of members, the annual 100-point assessment of jurisdictions, priority support, and the venue,
 * staffing and funds standards.
 *
 * <pre>{@code
 * ResolvedParameters p = PolicyParameters.nationalBaseline()
 *         .adopt(county, AssessmentRules.CITY_FIVE_STAR, LocalDate.of(2026, 1, 1))
 *         .resolve(county, LocalDate.of(2026, 12, 31));
 * OrganizationalLifePolicy.of(p).assess(branch, meetings, AssessmentPeriod.year(2026), asOf);  // 2026年第二季度未召开支部党员大会 …
 * StarRatingPolicy.of(p, DefaultScorecards.cityFiveStar()).rate(input);                        // 4星（92/110）
 * AnnualAssessmentPolicy.of(letter).rank(results).value().render(Language.ZH);                  // the “晾晒” table
 * }</pre>
 *
 * <p>The rules, parameters and local profiles are listed in {@link org.dangjian.assessment.AssessmentRules}.
 */
package org.dangjian.assessment;
