package org.dangjian.assessment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dangjian.assessment.annual.AnnualAssessmentPolicy;
import org.dangjian.assessment.annual.JurisdictionResults;
import org.dangjian.assessment.annual.ResponsibilityLetter;
import org.dangjian.assessment.appraisal.AppraisalEntry;
import org.dangjian.assessment.appraisal.DemocraticAppraisalPolicy;
import org.dangjian.assessment.life.MeetingRecord;
import org.dangjian.assessment.life.OrganizationalLifePolicy;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.assessment.rating.DefaultScorecards;
import org.dangjian.assessment.rating.DoubleStrongSixGoodPolicy;
import org.dangjian.assessment.rating.PrioritySupportPolicy;
import org.dangjian.assessment.rating.SecretaryReviewPolicy;
import org.dangjian.assessment.rating.StarRatingPolicy;
import org.dangjian.assessment.scorecard.Points;
import org.dangjian.assessment.scorecard.Scorecard;
import org.dangjian.assessment.scorecard.ScorecardInput;
import org.dangjian.assessment.scorecard.json.ScorecardJson;
import org.dangjian.assessment.standard.PartyFundsPolicy;
import org.dangjian.assessment.standard.StaffedUnit;
import org.dangjian.assessment.standard.StaffingPolicy;
import org.dangjian.assessment.standard.SubsidyKind;
import org.dangjian.assessment.standard.VenueItem;
import org.dangjian.assessment.standard.VenueStandardPolicy;
import org.dangjian.assessment.weak.WeakAndLaxFacts;
import org.dangjian.assessment.weak.WeakAndLaxPolicy;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.i18n.Messages;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.core.testing.GoldenCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class AssessmentGoldenTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z.]+\\}");

    /** Runs the cases, also checking that every reason renders in both languages with every placeholder filled. */
    private static Stream<DynamicTest> run(String resource, Function<GoldenCase, Decision<?>> evaluator) {
        return GoldenCases.run(resource, c -> {
            Decision<?> d = evaluator.apply(c);
            for (Language l : Language.values()) {
                String text = d.explain(l);
                assertFalse(PLACEHOLDER.matcher(text).find(), c.id() + " renders every placeholder: " + text);
                for (Reason r : d.reasons()) {
                    assertTrue(Messages.has(r.rule().bundle(), r.messageKey(), l), r.messageKey());
                }
            }
            return d;
        });
    }

    @TestFactory
    Stream<DynamicTest> organizationalLife() {
        return run("/golden/life.json", c -> OrganizationalLifePolicy.of(Fixtures.resolve(c)).assess(
                c.fact("organization", PartyOrganization.class),
                Fixtures.list(c.facts().path("meetings"), new TypeReference<List<MeetingRecord>>() {}),
                AssessmentPeriod.parse(c.facts().path("window").asText()), c.asOf()));
    }

    @TestFactory
    Stream<DynamicTest> weakAndLax() {
        return run("/golden/weak.json", c -> WeakAndLaxPolicy.of(Fixtures.resolve(c))
                .assess(c.fact("subject", WeakAndLaxFacts.class), c.asOf()));
    }

    private static Scorecard scorecard(GoldenCase c) {
        JsonNode s = c.facts().path("scorecard");
        if (s.isTextual()) {
            return s.asText().equals("city-five-star") ? DefaultScorecards.cityFiveStar()
                    : DefaultScorecards.doubleStrongSixGood();
        }
        return ScorecardJson.read(s.toString());
    }

    @TestFactory
    Stream<DynamicTest> scorecards() {
        return run("/golden/card.json",
                c -> scorecard(c).evaluate(c.fact("input", ScorecardInput.class)));
    }

    @TestFactory
    Stream<DynamicTest> starRatings() {
        return run("/golden/star.json", c -> StarRatingPolicy.of(Fixtures.resolve(c), scorecard(c))
                .rate(c.fact("input", ScorecardInput.class)));
    }

    @TestFactory
    Stream<DynamicTest> doubleStrongSixGood() {
        return run("/golden/dssg.json", c -> DoubleStrongSixGoodPolicy.of(scorecard(c))
                .evaluate(c.fact("input", ScorecardInput.class)));
    }

    @TestFactory
    Stream<DynamicTest> secretaryReview() {
        return run("/golden/review.json", c -> SecretaryReviewPolicy.of(Fixtures.resolve(c))
                .grade(Points.parse(c.facts().path("points").asText())));
    }

    @TestFactory
    Stream<DynamicTest> democraticAppraisal() {
        return run("/golden/appraisal.json", c -> DemocraticAppraisalPolicy.of(Fixtures.resolve(c))
                .assess(Fixtures.list(c.facts().path("entries"), new TypeReference<List<AppraisalEntry>>() {}),
                        c.facts().path("year").asInt()));
    }

    @TestFactory
    Stream<DynamicTest> annualAssessment() {
        return run("/golden/annual.json", c -> {
            AnnualAssessmentPolicy p = AnnualAssessmentPolicy.of(c.fact("letter", ResponsibilityLetter.class));
            List<JurisdictionResults> results = Fixtures.list(c.facts().path("results"),
                    new TypeReference<List<JurisdictionResults>>() {});
            return c.facts().path("mode").asText().equals("rank") ? p.rank(results) : p.assess(results.get(0));
        });
    }

    @TestFactory
    Stream<DynamicTest> prioritySupport() {
        return run("/golden/support.json", c -> {
            JsonNode stars = c.facts().path("stars");
            return PrioritySupportPolicy.of(Fixtures.resolve(c)).decide(
                    stars.isInt() ? OptionalInt.of(stars.asInt()) : OptionalInt.empty(),
                    c.facts().path("doubleStrongSixGood").asBoolean(), c.facts().path("weakAndLax").asBoolean());
        });
    }

    @TestFactory
    Stream<DynamicTest> venues() {
        return run("/golden/venue.json", c -> {
            Set<VenueItem> present = EnumSet.noneOf(VenueItem.class);
            for (JsonNode n : c.facts().path("present")) {
                present.add(VenueItem.valueOf(n.asText()));
            }
            return VenueStandardPolicy.of(Fixtures.resolve(c)).assess(present);
        });
    }

    @TestFactory
    Stream<DynamicTest> staffing() {
        return run("/golden/staff.json", c -> StaffingPolicy.of(Fixtures.resolve(c))
                .assess(StaffedUnit.valueOf(c.facts().path("unit").asText()), c.facts().path("staff").asInt()));
    }

    @TestFactory
    Stream<DynamicTest> funds() {
        return run("/golden/fund.json", c -> {
            PartyFundsPolicy p = PartyFundsPolicy.of(Fixtures.resolve(c));
            switch (c.facts().path("mode").asText()) {
                case "ceiling":
                    return p.deductibleCeiling(Money.parse(c.facts().path("payroll").asText()));
                case "spending":
                    return p.assessSpending(Money.parse(c.facts().path("payroll").asText()),
                            Money.parse(c.facts().path("spent").asText()));
                default:
                    return p.subsidy(SubsidyKind.valueOf(c.facts().path("subsidy").asText()));
            }
        });
    }
}
