package org.dangjian.coverage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.money.Money;
import org.dangjian.core.money.Rate;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterKey;
import org.dangjian.core.parameter.ProfileValues;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.coverage.platform.PlatformWorkerGroup;
import org.junit.jupiter.api.Test;

/** Each {@code requiring(...)} constraint of the catalog: a value just inside is adopted, one just outside refused. */
class CoverageRulesConstraintTest {

    private static <T> void accepts(ParameterKey<T> key, T value) {
        assertDoesNotThrow(() -> Fixtures.NATIONAL.override(Fixtures.COUNTY, Fixtures.AS_OF, key, value),
                key.name() + " = " + value);
    }

    private static <T> void refuses(ParameterKey<T> key, T value) {
        InvalidInputException ex = assertThrows(InvalidInputException.class,
                () -> Fixtures.NATIONAL.override(Fixtures.COUNTY, Fixtures.AS_OF, key, value), key.name() + " = " + value);
        assertEquals(1, ex.violations().size(), ex.getMessage());
    }

    @Test
    void countsMustBeAtLeastOne() {
        accepts(CoverageRules.MIN_FULL_MEMBERS, 1);
        refuses(CoverageRules.MIN_FULL_MEMBERS, 0);
        accepts(CoverageRules.BRANCH_SOFT_CAP, 1);
        refuses(CoverageRules.BRANCH_SOFT_CAP, 0);
        refuses(CoverageRules.MEMBERS_EXPECTED_AT_STAFF, -1);
    }

    @Test
    void periodsMustBePositive() {
        accepts(CoverageRules.APPLICATION_ANSWER_PERIOD, Period.ofDays(1));
        refuses(CoverageRules.APPLICATION_ANSWER_PERIOD, Period.ZERO);
        refuses(CoverageRules.APPLICATION_ANSWER_PERIOD, Period.ofDays(-1));
        accepts(CoverageRules.TERM_BRANCH, Period.ofYears(1));
        refuses(CoverageRules.TERM_BRANCH, Period.ofYears(-1));
    }

    @Test
    void sharesMustStayBelowOne() {
        accepts(CoverageRules.ELECTION_QUORUM, Fraction.of(99, 100));
        refuses(CoverageRules.ELECTION_QUORUM, Fraction.ONE);
        accepts(CoverageRules.ELECTION_MAJORITY, Fraction.of(2, 3));
        refuses(CoverageRules.ELECTION_MAJORITY, Fraction.of(3, 2));
        accepts(CoverageRules.COMMITTEE_MEETING_QUORUM, Fraction.of(0, 1));
    }

    @Test
    void candidateRatioMustBeAtLeastOne() {
        accepts(CoverageRules.ELECTION_CANDIDATE_RATIO, Fraction.ONE);
        accepts(CoverageRules.ELECTION_CANDIDATE_RATIO, Fraction.of(3, 2));
        refuses(CoverageRules.ELECTION_CANDIDATE_RATIO, Fraction.of(99, 100));
    }

    @Test
    void targetsMustBeBetweenZeroAndHundredPercent() {
        accepts(CoverageRules.TARGET_ORGANIZATIONAL, Rate.ZERO);
        accepts(CoverageRules.TARGET_ORGANIZATIONAL, Rate.ONE_HUNDRED_PERCENT);
        refuses(CoverageRules.TARGET_ORGANIZATIONAL, Rate.parse("100.01%"));
    }

    @Test
    void aboveScaleRevenueMustBePositive() {
        accepts(CoverageRules.ABOVE_SCALE_REVENUE, Money.parse("0.01"));
        refuses(CoverageRules.ABOVE_SCALE_REVENUE, Money.parse("0.00"));
    }

    @Test
    void hostingBodyMustNotBeBlank() {
        accepts(CoverageRules.PLATFORM_HOST_STREAMER, "市网络主播行业党委");
        refuses(CoverageRules.PLATFORM_HOST_STREAMER, " ");
    }

    @Test
    void listedSocialOrganizationKindsMustBeSocialOrganizations() {
        accepts(CoverageRules.SOCIAL_ORGANIZATION_EXPECTED_KINDS, Set.of(OrganizationSubKind.LAW_FIRM));
        accepts(CoverageRules.SOCIAL_ORGANIZATION_EXPECTED_KINDS,
                Set.of(OrganizationSubKind.LAW_FIRM, OrganizationSubKind.PRIVATE_SCHOOL));
        refuses(CoverageRules.SOCIAL_ORGANIZATION_EXPECTED_KINDS,
                Set.of(OrganizationSubKind.LAW_FIRM, OrganizationSubKind.PRIVATE_ENTERPRISE));
    }

    @Test
    void moduleIsNamedCoverage() {
        assertEquals("coverage", new CoverageRules().module());
    }

    @Test
    void seedProfilesAreDeclaredForSeedsTwoThreeFourAndTheAboveScaleProfile() {
        List<ProfileValues> profiles = new CoverageRules().profiles();
        assertEquals(List.of(LocalProfile.SEED_002, LocalProfile.SEED_003, LocalProfile.SEED_004,
                CoverageRules.ABOVE_SCALE_PROFILE), profiles.stream().map(ProfileValues::profile).toList());
        assertEquals(50, profiles.get(0).values().get(CoverageRules.MEMBERS_EXPECTED_AT_STAFF));
    }

    @Test
    void everyPlatformGroupHasItsOwnHostParameter() {
        assertEquals(List.of(CoverageRules.PLATFORM_HOST_COURIER, CoverageRules.PLATFORM_HOST_FOOD_DELIVERY,
                CoverageRules.PLATFORM_HOST_RIDE_HAILING, CoverageRules.PLATFORM_HOST_TRUCK,
                CoverageRules.PLATFORM_HOST_STREAMER, CoverageRules.PLATFORM_HOST_DOMESTIC),
                Arrays.stream(PlatformWorkerGroup.values()).map(CoverageRules::hostKey).toList());
        assertTrue(CoverageRules.hostKey(PlatformWorkerGroup.COURIER).name().startsWith("coverage."));
    }
}
