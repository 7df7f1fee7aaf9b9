package org.dangjian.examples.county;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.code.CreditCode;
import org.dangjian.core.code.IdentityNumber;
import org.dangjian.core.code.PersonName;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.PartyOrganization;

/** Generates one Party organization's year from the county's seed and the organization's id. */
final class PartyLifeGenerator {
    private final SampleCounty county;
    private final PartyOrganization po;
    private final Draws draws;
    private final int year;

    PartyLifeGenerator(SampleCounty county, PartyOrganization po) {
        this.county = county;
        this.po = po;
        this.draws = new Draws(Draws.mix(county.seed(), po.getId()));
        this.year = county.year();
    }

    PartyLife generate() {
        List<SampleMember> members = members();
        List<SampleMeeting> meetings = meetings(members.size());
        List<SampleAdmission> admissions = admissions();
        List<SampleTraining> trainings = trainings(members);
        return new PartyLife(members, meetings, admissions, trainings, facts());
    }

    private BranchFacts facts() {
        return new BranchFacts(draws.chance(0.6) ? 6 : draws.between(2, 5),
                draws.chance(0.95) ? draws.between(70, 99) : draws.between(40, 69), draws.chance(0.1),
                draws.chance(0.01), draws.chance(0.03));
    }

    private List<SampleMember> members() {
        // full members by unit, then members dispatched to help (recorded at the first unit), then probationary
        List<CreditCode> workplaces = new ArrayList<>();
        List<CreditCode> probationaryWorkplaces = new ArrayList<>();
        for (CreditCode c : po.getCoveredOrganizations()) {
            NewOrganization o = county.organization(c).orElseThrow();
            for (int i = 0; i < o.getFullMembers(); i++) {
                workplaces.add(c);
            }
            for (int i = 0; i < o.getProbationaryMembers(); i++) {
                probationaryWorkplaces.add(c);
            }
        }
        while (workplaces.size() < po.getFullMembers()) {
            workplaces.add(po.getCoveredOrganizations().get(0));
        }
        workplaces.addAll(probationaryWorkplaces);
        List<SampleMember> result = new ArrayList<>(po.members());
        // a lax organization has members behind with dues; one in fifty has a member six months behind or more
        boolean lax = draws.chance(0.2);
        for (int i = 0; i < po.members(); i++) {
            boolean probationary = i >= po.getFullMembers();
            LocalDate birth = draws.dateBetween(LocalDate.of(1958, 1, 1), LocalDate.of(2003, 12, 31));
            IdentityNumber id = draws.identityNumber(birth);
            PersonName name = draws.personName();
            MemberCategory category = category(birth);
            Money base = base(category);
            LocalDate admitted = probationary
                    ? draws.dateBetween(LocalDate.of(year - 1, 12, 1), LocalDate.of(year, 9, 30))
                    : draws.chance(0.45) ? draws.dateBetween(LocalDate.of(year - 2, 1, 1), LocalDate.of(year - 1, 11, 30))
                    : draws.dateBetween(birth.plusYears(19), LocalDate.of(year - 1, 11, 30));
            int paid = 0;
            int firstMonth = admitted.getYear() == year ? admitted.getMonthValue() : 1;
            for (int m = firstMonth; m <= 12; m++) {
                paid |= 1 << (m - 1);
            }
            if (lax && draws.chance(0.3)) {
                int gap = draws.chance(0.1) ? draws.between(6, 9) : draws.between(1, 4);
                int start = Math.max(firstMonth, 13 - gap);
                for (int m = start; m <= 12; m++) {
                    paid &= ~(1 << (m - 1));
                }
            }
            result.add(new SampleMember(po.getId() + "-M" + String.format(java.util.Locale.ROOT, "%03d", i + 1),
                    name, id, po.getId(), workplaces.get(i), category, base, probationary, admitted, i == 0
                            && po.getSecretaryVacantSince().isEmpty(), paid));
        }
        return result;
    }

    private MemberCategory category(LocalDate birth) {
        if (birth.getYear() < 1966 && draws.chance(0.5)) {
            return MemberCategory.RETIRED;
        }
        double r = draws.nextDouble();
        return r < 0.80 ? MemberCategory.EMPLOYED : r < 0.88 ? MemberCategory.ANNUAL_SALARY
                : r < 0.95 ? MemberCategory.SELF_EMPLOYED : r < 0.97 ? MemberCategory.FARMER
                : r < 0.985 ? MemberCategory.STUDENT : MemberCategory.UNEMPLOYED;
    }

    private Money base(MemberCategory c) {
        switch (c) {
            case FARMER:
            case STUDENT:
            case UNEMPLOYED:
                return Money.ZERO;
            case RETIRED:
                return Money.ofFen(draws.logNormal(StrictMath.log(420_000), 0.35, 150_000, 2_000_000));
            case ANNUAL_SALARY:
                return Money.ofFen(draws.logNormal(StrictMath.log(1_500_000), 0.5, 300_000, 10_000_000));
            default:
                // round to whole yuan, with a share exactly on the band edges 3000 / 5000 / 10000
                if (draws.chance(0.03)) {
                    int[] edges = {300_000, 300_001, 500_000, 500_001, 1_000_000, 1_000_001};
                    return Money.ofFen(edges[draws.nextInt(edges.length)]);
                }
                return Money.ofYuan(draws.logNormal(StrictMath.log(6_200), 0.55, 1_800, 80_000));
        }
    }

    private List<SampleMeeting> meetings(int members) {
        double diligence = draws.chance(0.6) ? 0.98 : draws.chance(0.6) ? 0.85 : 0.5;
        List<SampleMeeting> l = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            meeting(l, MeetingKind.GENERAL_MEETING, YearMonth.of(year, q * 3 + 1), 3, diligence, members);
            meeting(l, MeetingKind.PARTY_LECTURE, YearMonth.of(year, q * 3 + 1), 3, diligence - 0.05, members);
        }
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(year, m);
            if (po.hasCommittee()) {
                meeting(l, MeetingKind.COMMITTEE_MEETING, ym, 1, diligence, po.getCommitteeMembers());
            }
            for (int g = 1; g <= po.getPartyGroups(); g++) {
                meeting(l, MeetingKind.GROUP_MEETING, ym, 1, diligence, Math.max(1, members / po.getPartyGroups()),
                        Optional.of("G" + g));
            }
            meeting(l, MeetingKind.THEME_DAY, ym, 1, diligence, members);
        }
        meeting(l, MeetingKind.LIFE_MEETING, YearMonth.of(year, 12), 1, diligence + 0.05, members);
        meeting(l, MeetingKind.DEMOCRATIC_APPRAISAL, YearMonth.of(year, 12), 1, diligence + 0.05, members);
        l.sort((a, b) -> a.date().compareTo(b.date()));
        return l;
    }

    private void meeting(List<SampleMeeting> l, MeetingKind kind, YearMonth first, int months, double p,
            int expected) {
        meeting(l, kind, first, months, p, expected, Optional.empty());
    }

    private void meeting(List<SampleMeeting> l, MeetingKind kind, YearMonth first, int months, double p,
            int expected, Optional<String> group) {
        if (!draws.chance(p)) {
            return;
        }
        LocalDate date = draws.dateBetween(first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
        // a few meetings fall short of the quorum (more than half)
        int present = draws.chance(0.05) ? Math.max(0, expected / 2)
                : Math.max(1, Math.min(expected, (int) StrictMath.ceil(expected * (0.55 + 0.45 * draws.nextDouble()))));
        l.add(new SampleMeeting(po.getId(), kind, date, expected, Math.min(present, expected), group));
    }

    private List<SampleAdmission> admissions() {
        int n = draws.binomial(Math.max(1, po.members() / 4), 0.5) + (draws.chance(0.3) ? 1 : 0);
        List<SampleAdmission> l = new ArrayList<>(n);
        LocalDate asOf = county.asOf();
        for (int i = 0; i < n; i++) {
            AdmissionStage stage = AdmissionStage.values()[draws.nextInt(AdmissionStage.values().length)];
            LocalDate birth = draws.dateBetween(LocalDate.of(1975, 1, 1), LocalDate.of(2004, 6, 30));
            // dates walk forward from the application; how far depends on the stage reached
            int backYears = switch (stage) {
                case APPLICANT -> 0;
                case ACTIVIST -> 1;
                case DEVELOPMENT_CANDIDATE -> 2;
                case PROBATIONARY_MEMBER -> 2;
                case FULL_MEMBER -> 3;
            };
            LocalDate applied = draws.dateBetween(LocalDate.of(year - backYears, 1, 1),
                    LocalDate.of(year - backYears, stage == AdmissionStage.APPLICANT ? 11 : 6, 30));
            String mistake = "";
            double m = draws.nextDouble();
            if (m < 0.12) {
                String[] mistakes = {"talk-late", "activist-too-short", "one-introducer", "training-short",
                    "vote-against-present", "approval-late"};
                mistake = mistakes[draws.nextInt(mistakes.length)];
            }
            LocalDate talk = applied.plusDays(mistake.equals("talk-late") ? draws.between(35, 60) : draws.between(5, 28));
            Optional<LocalDate> activist = Optional.empty();
            Optional<LocalDate> candidate = Optional.empty();
            Optional<LocalDate> meeting = Optional.empty();
            Optional<LocalDate> approved = Optional.empty();
            Optional<LocalDate> conversion = Optional.empty();
            int days = 0;
            int hours = 0;
            int introducers = 0;
            int expected = po.getFullMembers();
            int present = 0;
            int yes = 0;
            if (stage.compareTo(AdmissionStage.ACTIVIST) >= 0) {
                activist = Optional.of(talk.plusDays(draws.between(30, 120)));
            }
            if (stage.compareTo(AdmissionStage.DEVELOPMENT_CANDIDATE) >= 0) {
                candidate = Optional.of(mistake.equals("activist-too-short")
                        ? activist.get().plusMonths(draws.between(7, 11))
                        : activist.get().plusYears(1).plusDays(draws.between(1, 90)));
                days = mistake.equals("training-short") ? 2 : draws.between(3, 5);
                hours = mistake.equals("training-short") ? 16 : draws.between(24, 40);
            }
            if (stage.compareTo(AdmissionStage.PROBATIONARY_MEMBER) >= 0) {
                meeting = Optional.of(candidate.get().plusDays(draws.between(40, 150)));
                introducers = mistake.equals("one-introducer") ? 1 : 2;
                present = Math.max(1, (int) StrictMath.ceil(expected * (0.6 + 0.4 * draws.nextDouble())));
                yes = mistake.equals("vote-against-present") ? present / 2 + 1 : Math.max(expected / 2 + 1,
                        Math.min(present, expected));
                yes = Math.min(yes, present);
                approved = Optional.of(meeting.get().plusDays(mistake.equals("approval-late")
                        ? draws.between(100, 150) : draws.between(10, 80)));
            }
            if (stage == AdmissionStage.FULL_MEMBER) {
                conversion = Optional.of(meeting.get().plusYears(1).plusDays(draws.between(0, 20)));
            }
            if (meeting.isPresent() && meeting.get().isAfter(asOf)) {
                continue; // would lie in the future: not a record yet
            }
            if (conversion.isPresent() && conversion.get().isAfter(asOf)) {
                conversion = Optional.empty();
                stage = AdmissionStage.PROBATIONARY_MEMBER;
            }
            // the higher committee approves the conversion within three months, except now and then
            Optional<LocalDate> conversionApproved = conversion.map(c -> c.plusDays(draws.chance(0.95)
                    ? draws.between(10, 80) : draws.between(100, 140))).filter(c -> !c.isAfter(asOf));
            if (candidate.isPresent() && candidate.get().isAfter(asOf)) {
                continue;
            }
            l.add(new SampleAdmission(po.getId() + "-A" + (i + 1), po.getId(), draws.personName(),
                    draws.identityNumber(birth), stage, applied, Optional.of(talk), activist,
                    activist.isPresent() ? draws.between(1, 2) : 0, candidate, candidate.isPresent(), days, hours,
                    introducers, meeting, expected, present, yes, approved, conversion, conversionApproved, mistake));
        }
        return l;
    }

    private List<SampleTraining> trainings(List<SampleMember> members) {
        List<SampleTraining> l = new ArrayList<>(members.size());
        for (SampleMember m : members) {
            int hours = draws.chance(0.78) ? draws.between(32, 60) : draws.between(4, 31);
            Optional<LocalDate> appointed = Optional.empty();
            Optional<LocalDate> onboarding = Optional.empty();
            boolean county = false;
            if (m.secretary()) {
                hours = draws.chance(0.7) ? draws.between(56, 80) : draws.between(20, 55);
                county = draws.chance(0.8);
                if (draws.chance(0.2)) {
                    appointed = Optional.of(draws.dateBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 9, 30)));
                    if (draws.chance(0.75)) {
                        onboarding = Optional.of(appointed.get().plusDays(draws.between(20, 240)));
                    }
                }
            }
            l.add(new SampleTraining(m.id(), po.getId(), m.secretary(), hours, draws.chance(0.82), county,
                    appointed, onboarding));
        }
        return l;
    }

    /** Visits: every half month for a diligent instructor, every month or less for others. */
    static List<LocalDate> visits(SampleCounty county, SampleInstructor instructor, CreditCode organization) {
        Draws d = new Draws(Draws.mix(county.seed(), instructor.id() + organization.code()));
        int interval = d.chance(0.5) ? 12 : d.chance(0.6) ? 30 : 60;
        List<LocalDate> l = new ArrayList<>();
        LocalDate day = LocalDate.of(county.year(), 1, 1).plusDays(d.nextInt(interval));
        LocalDate end = county.asOf();
        while (!day.isAfter(end)) {
            l.add(day);
            day = day.plusDays(interval + d.between(-2, 2));
        }
        return l;
    }
}
