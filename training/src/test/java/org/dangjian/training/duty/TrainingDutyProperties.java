package org.dangjian.training.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.training.TestParameters;

/** Hours and coverage add up across roll-ups; class hours read back what they write. */
class TrainingDutyProperties {
    private static final TrainingDutyPolicy DUTIES = TrainingDutyPolicy.of(TestParameters.with(LocalDate.of(2026, 12, 31),
            "training.hours.countOnline", "true"));
    private static final String[] PLACES = {"430102001", "430102002001", "430102003", "430103001", "430102"};

    static List<Trainee> trainees(Random r, int n) {
        List<Trainee> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(Trainee.builder().id("P-" + i).role(Role.values()[r.nextInt(Role.values().length)])
                    .jurisdiction(Jurisdiction.of(PLACES[r.nextInt(PLACES.length)])).build());
        }
        return l;
    }

    static List<TrainingRecord> records(Random r, int people, int n) {
        List<TrainingRecord> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(360));
            l.add(TrainingRecord.builder().personId("P-" + r.nextInt(people)).course("课程" + i)
                    .kind(TrainingKind.values()[r.nextInt(TrainingKind.values().length)])
                    .organizerLevel(OrganizerLevel.values()[r.nextInt(OrganizerLevel.values().length)])
                    .startDate(start).endDate(start.plusDays(r.nextInt(4)))
                    .classHours(ClassHours.ofTenths(r.nextInt(300))).build());
        }
        return l;
    }

    @Property(tries = 100)
    void townshipRowsRollUpToTheCountyReport(@ForAll long seed) {
        Random r = new Random(seed);
        List<Trainee> people = trainees(r, 1 + r.nextInt(40));
        List<TrainingRecord> recs = records(r, people.size(), r.nextInt(120));
        LocalDate asOf = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(400));
        CoverageReport township = DUTIES.report(people, recs, Year.of(2026), asOf, JurisdictionLevel.TOWNSHIP).value();
        CoverageReport county = DUTIES.report(people, recs, Year.of(2026), asOf, JurisdictionLevel.COUNTY).value();
        assertEquals(county, township.rollUp(JurisdictionLevel.COUNTY));
        assertEquals(county.rollUp(JurisdictionLevel.PROVINCE), township.rollUp(JurisdictionLevel.PROVINCE));
    }

    @Property(tries = 100)
    void reportTotalsAddUpToThePeopleAndTheirHours(@ForAll long seed) {
        Random r = new Random(seed);
        List<Trainee> people = trainees(r, 1 + r.nextInt(40));
        List<TrainingRecord> recs = records(r, people.size(), r.nextInt(120));
        LocalDate asOf = LocalDate.of(2027, 1, 1);
        CoverageReport report = DUTIES.report(people, recs, Year.of(2026), asOf, JurisdictionLevel.TOWNSHIP).value();
        int count = 0;
        ClassHours shortSum = ClassHours.ZERO;
        for (CoverageRow row : report.getRows()) {
            count += row.getPeople();
            shortSum = shortSum.plus(row.getHoursShort());
            assertTrue(row.getHoursMet() <= row.getHoursRequired());
            assertTrue(row.getRotationDone() <= row.getRotationRequired());
        }
        assertEquals(people.size(), count);
        ClassHours expectedShort = ClassHours.ZERO;
        for (Trainee t : people) {
            expectedShort = expectedShort.plus(DUTIES.assessHours(t, recs, Year.of(2026), asOf).findValue()
                    .map(DutyAssessment::hoursShort).orElse(ClassHours.ZERO));
        }
        assertEquals(expectedShort, shortSum);
    }

    @Property(tries = 200)
    void hoursCountedAreTheSumOfTheYearsRecords(@ForAll long seed) {
        Random r = new Random(seed);
        Trainee t = Trainee.builder().id("P-0").role(Role.MEMBER).jurisdiction(Jurisdiction.of("430102001")).build();
        List<TrainingRecord> recs = records(r, 1, r.nextInt(20));
        long tenths = recs.stream().filter(x -> !x.getEndDate().isAfter(LocalDate.of(2026, 12, 31))
                && x.getEndDate().getYear() == 2026).mapToLong(x -> x.getClassHours().tenths()).sum();
        DutyAssessment a = DUTIES.assessHours(t, recs, Year.of(2026), LocalDate.of(2026, 12, 31)).value();
        assertEquals(tenths, a.getHoursCounted().tenths());
        assertEquals(tenths >= 320, a.getStatus() == DutyStatus.MET);
    }

    @Property(tries = 200)
    void classHoursParseWhatTheyWrite(@ForAll("tenths") long tenths) {
        ClassHours h = ClassHours.ofTenths(tenths);
        assertEquals(h, ClassHours.parse(h.toString()));
    }

    @Provide
    Arbitrary<Long> tenths() {
        return Arbitraries.longs().between(0, ClassHours.MAX_TENTHS).edgeCases(e -> e.includeOnly(0L, 9L, 10L, 319L, 320L));
    }
}
