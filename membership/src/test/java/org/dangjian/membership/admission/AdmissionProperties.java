package org.dangjian.membership.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.i18n.Language;
import org.dangjian.core.money.Fraction;
import org.dangjian.core.validation.InvalidInputException;
import org.dangjian.membership.TestParameters;

class AdmissionProperties {
    private static final AdmissionPolicy POLICY = AdmissionPolicy.of(TestParameters.on(LocalDate.of(2026, 1, 1)));

    /** The dated steps of a record, in order: application … conversion approval. */
    private static final int STEPS = 12;
    /** For each step, a step that must precede it (review and training run side by side after the candidacy). */
    private static final int[] MUST_FOLLOW = {-1, 0, 1, 2, 3, 3, 5, 6, 7, 8, 8, 10};

    /** Builds a record from twelve dates in step order. */
    private static AdmissionRecord record(List<LocalDate> d) {
        AdmissionRecord.Builder b = AdmissionRecord.builder().applicantRef("A-P").birthDate(LocalDate.of(1990, 1, 1))
                .applicationDate(d.get(0)).talkDate(d.get(1)).activistDate(d.get(2)).cultivators(2)
                .candidateDate(d.get(3)).addIntroducers(IntroducerStatus.FULL_MEMBER, IntroducerStatus.FULL_MEMBER)
                .politicalReviewDate(d.get(4)).trainingCompletedOn(d.get(5)).trainingDays(3)
                .preReviewDate(d.get(6)).admissionMeetingDate(d.get(7)).admissionVote(MeetingVote.of(9, 9, 9))
                .approvalDate(d.get(8)).oathDate(d.get(9));
        LocalDate a = d.get(2);
        while (a.plusMonths(6).isBefore(d.get(3))) {
            a = a.plusMonths(6);
            b.addActivistAssessments(a);
        }
        return b.conversionMeetingDate(d.get(10)).conversionVote(MeetingVote.of(9, 9, 9))
                .conversionApprovalDate(d.get(11)).build();
    }

    /** Dates that respect every order and time limit: gaps chosen inside the limits. */
    @Provide
    Arbitrary<List<LocalDate>> validDates() {
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 3000).map(i -> LocalDate.of(2010, 1, 1).plusDays(i));
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 25);
        return Combinators.combine(start, small, small, small, Arbitraries.integers().between(0, 400), small)
                .as((s, talk, act, rev, wait, appr) -> {
                    List<LocalDate> d = new ArrayList<>();
                    d.add(s);
                    d.add(s.plusDays(talk));                          // talk within a month
                    d.add(d.get(1).plusDays(act));                    // activist
                    d.add(d.get(2).plusYears(1).plusDays(wait % 30)); // a year or a little more as activist
                    d.add(d.get(3).plusDays(rev));                    // political review
                    d.add(d.get(4).plusDays(rev));                    // training
                    d.add(d.get(5).plusDays(5));                      // pre-review
                    d.add(d.get(6).plusDays(10));                     // admission meeting
                    d.add(d.get(7).plusDays(appr * 3));               // approval within 3 months
                    d.add(d.get(8).plusDays(1));                      // oath
                    d.add(d.get(7).plusYears(1).plusDays(wait));      // conversion meeting after expiry
                    d.add(d.get(10).plusDays(appr));                  // conversion approval within 3 months
                    return d;
                });
    }

    @Property(tries = 200)
    void aRecordInOrderAndWithinEveryLimitIsCompliant(@ForAll("validDates") List<LocalDate> d) {
        var decision = POLICY.validate(record(d), d.get(11).plusDays(1));
        assertEquals(Outcome.COMPLIANT, decision.outcome(), decision.explain(Language.EN));
    }

    @Property(tries = 200)
    void theValidatorNeverAcceptsARecordWhoseDatesGoBackwards(@ForAll("validDates") List<LocalDate> d,
            @ForAll @IntRange(min = 1, max = STEPS - 1) int step, @ForAll @IntRange(min = 1, max = 400) int back) {
        List<LocalDate> broken = new ArrayList<>(d);
        // move one step to before a step that must precede it
        LocalDate previous = broken.get(MUST_FOLLOW[step]);
        broken.set(step, previous.minusDays(back));
        try {
            var decision = POLICY.validate(record(broken), d.get(11).plusDays(1));
            assertNotEquals(Outcome.COMPLIANT, decision.outcome(), decision.explain(Language.EN));
        } catch (InvalidInputException e) {
            assertTrue(!e.violations().isEmpty());
        }
    }

    @Property(tries = 300)
    void aVotePassesExactlyWhenPresentAndYesVotesEachExceedHalfOfThoseExpected(
            @ForAll @IntRange(min = 1, max = 200) int expected, @ForAll @IntRange(min = 0, max = 200) int present,
            @ForAll @IntRange(min = 0, max = 200) int yes) {
        if (present > expected || yes > present) {
            return;
        }
        boolean passes = 2 * present > expected && 2 * yes > expected;
        var d = MeetingVote.of(expected, present, yes).decide(Fraction.HALF, Fraction.HALF);
        assertEquals(passes, d.value());
        assertEquals(passes ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, d.outcome());
    }
}
