package org.dangjian.membership;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.money.Money;
import org.dangjian.core.parameter.OverrideSet;
import org.dangjian.core.parameter.ParameterOverride;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ProfileAdoption;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.core.testing.GoldenCases;
import org.dangjian.membership.admission.AdmissionPolicy;
import org.dangjian.membership.admission.AdmissionRecord;
import org.dangjian.membership.admission.MeetingVote;
import org.dangjian.membership.care.CapPeriod;
import org.dangjian.membership.care.Care;
import org.dangjian.membership.care.CareCircumstance;
import org.dangjian.membership.care.PointsEntry;
import org.dangjian.membership.care.PointsItem;
import org.dangjian.membership.care.PointsScheme;
import org.dangjian.membership.disposal.DisposalCase;
import org.dangjian.membership.disposal.DisposalMeasure;
import org.dangjian.membership.disposal.DisposalPolicy;
import org.dangjian.membership.disposal.DisposalStep;
import org.dangjian.membership.disposal.MemberStatus;
import org.dangjian.membership.dues.BranchDuesSummary;
import org.dangjian.membership.dues.DuesAccount;
import org.dangjian.membership.dues.DuesBasis;
import org.dangjian.membership.dues.DuesMonth;
import org.dangjian.membership.dues.DuesPolicy;
import org.dangjian.membership.dues.DuesStanding;
import org.dangjian.membership.dues.MemberCategory;
import org.dangjian.membership.transfer.MemberLocation;
import org.dangjian.membership.transfer.MembershipTransfer;
import org.dangjian.membership.transfer.MobileMember;
import org.dangjian.membership.transfer.TransferPolicy;
import org.dangjian.membership.transfer.TransferScope;
import org.dangjian.membership.transfer.TransferState;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the golden cases under {@code src/test/resources/golden}. Facts name a {@code kind} (which decision)
 * and may adopt {@code profiles} and set {@code overrides} (parameter name → text) for the case's jurisdiction.
 */
class MembershipGoldenTest {
    private static final PolicyParameters NATIONAL = PolicyParameters.nationalBaseline();
    private static final LocalDate LOCAL_FROM = LocalDate.of(2000, 1, 1);

    @TestFactory
    Stream<DynamicTest> admission() {
        return GoldenCases.run("/golden/admission.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> vote() {
        return GoldenCases.run("/golden/vote.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> dues() {
        return GoldenCases.run("/golden/dues.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> arrears() {
        return GoldenCases.run("/golden/arrears.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> transfer() {
        return GoldenCases.run("/golden/transfer.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> mobile() {
        return GoldenCases.run("/golden/mobile.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> disposal() {
        return GoldenCases.run("/golden/disposal.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> care() {
        return GoldenCases.run("/golden/care.json", MembershipGoldenTest::evaluate);
    }

    @TestFactory
    Stream<DynamicTest> everyReasonRendersWithoutLeftOverPlaceholdersInBothLanguages() {
        return Stream.of("admission", "vote", "dues", "arrears", "transfer", "mobile", "disposal", "care")
                .flatMap(f -> GoldenCases.read("/golden/" + f + ".json").stream())
                .map(c -> DynamicTest.dynamicTest(c.id(), () -> {
                    Decision<?> d = evaluate(c);
                    for (org.dangjian.core.i18n.Language l : org.dangjian.core.i18n.Language.values()) {
                        String text = d.explain(l);
                        org.junit.jupiter.api.Assertions.assertFalse(text.matches("(?s).*\\{[A-Za-z.]+\\}.*"), text);
                        org.junit.jupiter.api.Assertions.assertFalse(text.contains("Optional"), text);
                    }
                }));
    }

    private static ResolvedParameters parameters(GoldenCase c) {
        Jurisdiction j = c.jurisdiction().orElse(TestParameters.COUNTY);
        JsonNode f = c.facts();
        OverrideSet set = OverrideSet.empty();
        for (JsonNode p : f.path("profiles")) {
            set = set.with(ProfileAdoption.of(j, p.asText(), LOCAL_FROM));
        }
        if (f.has("overrides")) {
            ParameterOverride o = ParameterOverride.of(j, LOCAL_FROM);
            for (Iterator<Map.Entry<String, JsonNode>> it = f.path("overrides").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                o = o.with(e.getKey(), e.getValue().asText());
            }
            set = set.with(o);
        }
        LocalDate on = f.has("month") ? YearMonth.parse(f.path("month").asText()).atDay(1) : c.asOf();
        return NATIONAL.with(set).resolve(j, on);
    }

    private static Money money(JsonNode n) {
        return Money.parse(n.asText());
    }

    private static LocalDate date(JsonNode n) {
        return LocalDate.parse(n.asText());
    }

    private static Optional<LocalDate> optionalDate(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? Optional.empty() : Optional.of(date(n));
    }

    static Decision<?> evaluate(GoldenCase c) {
        JsonNode f = c.facts();
        ResolvedParameters p = parameters(c);
        LocalDate asOf = c.asOf();
        switch (f.path("kind").asText()) {
            case "dues":
                return DuesPolicy.of(p).decideMonthlyDues(basis(f));
            case "duesHardship":
                return DuesPolicy.of(p).decideHardshipRelief(basis(f), money(f.path("proposed")));
            case "duesStart":
                return DuesPolicy.of(p).decideDuesStart(date(f.path("meeting")));
            case "duesNewBase":
                return DuesPolicy.of(p).decideNewBaseMonth(YearMonth.parse(f.path("firstPaid").asText()));
            case "duesVoluntary":
                return DuesPolicy.of(p).decideVoluntaryPayment(money(f.path("amount")));
            case "duesAccount":
                return DuesPolicy.of(p).assessAccount(account("M-0001", f.path("months")),
                        YearMonth.parse(f.path("asOfMonth").asText()));
            case "rollUp":
                return rollUp(DuesPolicy.of(p), f, asOf);
            case "admission":
                return AdmissionPolicy.of(p).validate(c.fact("record", AdmissionRecord.class), asOf);
            case "vote":
                return AdmissionPolicy.of(p).decideVote(MeetingVote.of(f.path("expected").asInt(),
                        f.path("present").asInt(), f.path("yes").asInt()));
            case "extension":
                return AdmissionPolicy.of(p).decideExtension(date(f.path("expiry")), f.path("months").asInt(),
                        f.path("previous").asInt());
            case "transfer":
                return TransferPolicy.of(p).assess(transfer(f), asOf);
            case "mobileStatus":
                return TransferPolicy.of(p).decideMobileStatus(date(f.path("awaySince")),
                        f.path("fixedPlace").asBoolean(), asOf);
            case "reporting":
                return TransferPolicy.of(p).assessReporting(mobile(f), asOf);
            case "votingRight":
                return TransferPolicy.of(p).decideVotingRight(mobile(f), f.path("organization").asText());
            case "advice":
                return TransferPolicy.of(p).decideTransferAdvice(MemberLocation.valueOf(f.path("location").asText()));
            case "graduate":
                return TransferPolicy.of(p).assessGraduateRetention(date(f.path("graduated")), asOf);
            case "lostContact":
                return TransferPolicy.of(p).assessLostContact(date(f.path("lastContact")),
                        optionalDate(f.path("suspendedOn")), asOf);
            case "disposalNext":
                return DisposalPolicy.of(p).decideNextMeasure(disposal(f), asOf);
            case "correctionDeadline":
                return f.has("months")
                        ? DisposalPolicy.of(p).decideCorrectionDeadline(date(f.path("decidedOn")),
                                Period.ofMonths(f.path("months").asInt()))
                        : DisposalPolicy.of(p).decideCorrectionDeadline(date(f.path("decidedOn")));
            case "readmission":
                return DisposalPolicy.of(p).decideReadmission(DisposalMeasure.valueOf(f.path("measure").asText()),
                        date(f.path("disposedOn")), date(f.path("application")));
            case "selfWithdrawal":
                return DisposalPolicy.of(p).decideSelfWithdrawal(f.path("life").asInt(), f.path("dues").asInt(),
                        f.path("work").asInt(), f.path("goodReason").asBoolean());
            case "points":
                return points(f);
            case "birthdays":
                return birthdays(f);
            case "careList":
                return careList(f);
            default:
                throw new IllegalArgumentException(c.id() + ": unknown kind " + f.path("kind"));
        }
    }

    private static DuesBasis basis(JsonNode f) {
        MemberCategory category = MemberCategory.valueOf(f.path("category").asText());
        if (f.has("quarter")) {
            JsonNode q = f.path("quarter");
            return DuesBasis.selfEmployed(money(q.get(0)), money(q.get(1)), money(q.get(2)));
        }
        if (category == MemberCategory.FARMER) {
            return f.has("fixed") ? DuesBasis.farmer(money(f.path("fixed"))) : DuesBasis.farmer();
        }
        if (f.has("contributions")) {
            return DuesBasis.employed(money(f.path("base")), money(f.path("contributions")));
        }
        return DuesBasis.of(category, f.has("base") ? money(f.path("base")) : Money.ZERO);
    }

    private static DuesAccount account(String ref, JsonNode months) {
        List<DuesMonth> l = new ArrayList<>();
        for (JsonNode m : months) {
            l.add(DuesMonth.of(YearMonth.parse(m.path("month").asText()), money(m.path("expected")),
                    money(m.path("paid")), m.path("excused").asBoolean()));
        }
        return DuesAccount.of(ref, l);
    }

    private static Decision<?> rollUp(DuesPolicy dues, JsonNode f, LocalDate asOf) {
        List<BranchDuesSummary> branches = new ArrayList<>();
        YearMonth month = YearMonth.from(asOf);
        for (JsonNode b : f.path("branches")) {
            List<DuesStanding> standings = new ArrayList<>();
            int i = 0;
            for (JsonNode m : b.path("members")) {
                DuesAccount a = DuesAccount.of(b.path("id").asText() + "-" + i++, List.of(DuesMonth.of(month,
                        money(m.path("expected")), money(m.path("paid")))));
                standings.add(dues.assessAccount(a, month).value());
            }
            branches.add(BranchDuesSummary.of(b.path("id").asText(), Jurisdiction.of(b.path("jurisdiction").asText()),
                    standings));
        }
        return dues.rollUp(Jurisdiction.of(f.path("of").asText()), branches);
    }

    private static MembershipTransfer transfer(JsonNode f) {
        MembershipTransfer t = MembershipTransfer.issue("T-1", "M-1", "FROM", "TO",
                TransferScope.valueOf(f.path("scope").asText()), date(f.path("issued")));
        for (JsonNode e : f.path("events")) {
            t = t.moveTo(TransferState.valueOf(e.path("state").asText()), date(e.path("date")));
        }
        return t;
    }

    private static MobileMember mobile(JsonNode f) {
        List<String> hosts = new ArrayList<>();
        f.path("hosts").forEach(h -> hosts.add(h.asText()));
        return MobileMember.of("M-1", f.path("home").asText("HOME"), hosts, date(f.path("awaySince")),
                optionalDate(f.path("lastReported")));
    }

    private static DisposalCase disposal(JsonNode f) {
        List<DisposalStep> steps = new ArrayList<>();
        for (JsonNode s : f.path("steps")) {
            steps.add(DisposalStep.of(DisposalMeasure.valueOf(s.path("measure").asText()), date(s.path("date")),
                    optionalDate(s.path("deadline")), s.path("resolved").asBoolean()));
        }
        return DisposalCase.of("M-1", MemberStatus.valueOf(f.path("status").asText()), date(f.path("foundOn")),
                f.path("disciplined").asBoolean(), steps);
    }

    /** The sample scheme of the points cases: theme day +5 (cap 5 a month), volunteering +2 (cap 10), absence −5. */
    static final PointsScheme SAMPLE_SCHEME = PointsScheme.of("某县党员积分管理办法（样例）", CapPeriod.MONTH, List.of(
            PointsItem.of("THEME_DAY", "参加主题党日", 5, Optional.of(5)),
            PointsItem.of("VOLUNTEER", "志愿服务", 2, Optional.of(10)),
            PointsItem.of("ABSENT", "无故缺席组织生活", -5, Optional.empty())));

    private static Decision<?> points(JsonNode f) {
        List<PointsEntry> entries = new ArrayList<>();
        for (JsonNode e : f.path("entries")) {
            entries.add(PointsEntry.of(e.path("member").asText(), e.path("item").asText(), date(e.path("date")),
                    e.path("times").asInt(1)));
        }
        return SAMPLE_SCHEME.decideTotal(f.path("member").asText(), entries, date(f.path("from")), date(f.path("to")));
    }

    private static Decision<?> birthdays(JsonNode f) {
        Map<String, LocalDate> admissions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.path("admissions").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            admissions.put(e.getKey(), date(e.getValue()));
        }
        return Care.politicalBirthdays(admissions, date(f.path("from")), date(f.path("to")));
    }

    private static Decision<?> careList(JsonNode f) {
        Map<String, Set<CareCircumstance>> members = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = f.path("members").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Set<CareCircumstance> set = EnumSet.noneOf(CareCircumstance.class);
            e.getValue().forEach(x -> set.add(CareCircumstance.valueOf(x.asText())));
            members.put(e.getKey(), set);
        }
        return Care.careList(members);
    }
}
