package org.dangjian.assessment.life;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.assessment.period.AssessmentPeriod;
import org.dangjian.core.decision.Outcome;

class OrganizationalLifeProperties {
    private static final AssessmentPeriod YEAR = AssessmentPeriod.year(2026);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Provide
    Arbitrary<MeetingRecord> meetings() {
        return Combinators.combine(Arbitraries.of(MeetingType.class), Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 12),
                Arbitraries.of("一组", "二组", "三组", ""))
                .as((t, day, expected, att, group) -> MeetingRecord.builder().type(t)
                        .date(LocalDate.of(2026, 1, 1).plusDays(day)).expected(expected)
                        .attendees(Math.min(att, expected)).group(group.isEmpty() ? java.util.Optional.empty()
                                : java.util.Optional.of(group)).build());
    }

    @Provide
    Arbitrary<List<MeetingRecord>> meetingLists() {
        return meetings().list().ofMaxSize(60);
    }

    @Property(tries = 200)
    void addingAHeldMeetingNeverLowersCompliance(@ForAll("meetingLists") List<MeetingRecord> held,
            @ForAll("meetings") MeetingRecord added, @ForAll boolean committee, @ForAll boolean groups) {
        var branch = OrganizationalLifePolicyTest.branch(committee ? 3 : 0, groups ? 2 : 0);
        var policy = OrganizationalLifePolicyTest.POLICY;
        var before = policy.assess(branch, held, YEAR, AS_OF);
        List<MeetingRecord> more = new ArrayList<>(held);
        more.add(added);
        var after = policy.assess(branch, more, YEAR, AS_OF);
        assertTrue(after.value().metPeriods() >= before.value().metPeriods());
        assertTrue(after.value().requiredPeriods() == before.value().requiredPeriods());
        for (MeetingType t : MeetingType.values()) {
            assertTrue(new HashSet<>(before.value().of(t).getMissingPeriods())
                    .containsAll(after.value().of(t).getMissingPeriods()), t.name());
        }
        if (before.outcome() == Outcome.COMPLIANT) {
            assertTrue(after.outcome() == Outcome.COMPLIANT);
        }
    }
}
