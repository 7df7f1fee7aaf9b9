package org.dangjian.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.code.Industry;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.money.Money;
import org.dangjian.core.organization.FormationMethod;
import org.dangjian.core.organization.Host;
import org.dangjian.core.organization.HostKind;
import org.dangjian.core.organization.HostLevel;
import org.dangjian.core.organization.MassOrganization;
import org.dangjian.core.organization.NewOrganization;
import org.dangjian.core.organization.OperatingStatus;
import org.dangjian.core.organization.OrganizationSubKind;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.organization.PartyOrganizationLevel;
import org.dangjian.core.organization.RegistrationLevel;
import org.dangjian.core.parameter.LocalProfile;
import org.dangjian.core.parameter.ParameterDefinition;
import org.dangjian.core.parameter.PolicyParameters;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.testing.GoldenCase;
import org.dangjian.coverage.campaign.CampaignFacts;
import org.dangjian.coverage.campaign.CampaignPolicy;
import org.dangjian.coverage.campaign.Milestone;
import org.dangjian.coverage.campaign.MilestoneKind;
import org.dangjian.coverage.election.Ballot;
import org.dangjian.coverage.election.ElectionPolicy;
import org.dangjian.coverage.formation.CoverageState;
import org.dangjian.coverage.formation.FormationContext;
import org.dangjian.coverage.formation.FormationPolicy;
import org.dangjian.coverage.formation.Neighbour;
import org.dangjian.coverage.formation.SocialOrganizationFacts;
import org.dangjian.coverage.ledger.CoverageReport;
import org.dangjian.coverage.ledger.FiveClearSummary;
import org.dangjian.coverage.ledger.GapList;
import org.dangjian.coverage.ledger.Ledger;
import org.dangjian.coverage.ledger.LedgerDiff;
import org.dangjian.coverage.ledger.RateKind;
import org.dangjian.coverage.ledger.TargetMetric;
import org.dangjian.coverage.ledger.TargetPolicy;
import org.dangjian.coverage.ledger.WarningKind;
import org.dangjian.coverage.platform.PlatformPolicy;
import org.dangjian.coverage.platform.PlatformWorkerGroup;

/**
 * Evaluates a golden case's facts. Facts name a {@code query} and its inputs; an organization is written
 * compactly ({@code head}, {@code full}, {@code kind} …); a ledger as rows with {@code cover} "own", "joint:ID"
 * or "none". Parameters: {@code profiles} adopted by the city from 2020-01-01 and {@code overrides} set by the
 * county from 2020-01-01.
 */
final class GoldenEvaluator {
    private GoldenEvaluator() {}

    static Decision<?> evaluate(GoldenCase c) {
        JsonNode f = c.facts();
        Jurisdiction j = c.jurisdiction().orElse(Fixtures.COUNTY);
        PolicyParameters params = parameters(f);
        ResolvedParameters p = params.resolve(j, c.asOf());
        FormationPolicy formation = FormationPolicy.of(p);
        String q = f.path("query").asText();
        switch (q) {
            case "scope":
                return formation.decideScope(org(f.path("org"), 1));
            case "requirement":
                return formation.decideRequirement(org(f.path("org"), 1)).map(TreeSet::new);
            case "coverage":
                return formation.assessCoverage(org(f.path("org"), 1), CoverageState.valueOf(f.path("state").asText()));
            case "level":
                return f.has("wanted")
                        ? formation.decideLevel(f.path("full").asInt(), f.path("members").asInt(),
                                PartyOrganizationLevel.valueOf(f.path("wanted").asText()))
                        : formation.decideLevel(f.path("full").asInt(), f.path("members").asInt());
            case "term":
                return formation.decideTerm(PartyOrganization.builder().id("PO").name("党组织")
                        .level(PartyOrganizationLevel.valueOf(f.path("level").asText()))
                        .formationMethod(FormationMethod.STANDALONE).jurisdiction(Fixtures.TOWNSHIP)
                        .addCoveredOrganizations(Fixtures.code(1)).fullMembers(10)
                        .termStart(LocalDate.parse(f.path("termStart").asText())).build(), c.asOf());
            case "jointLimit": {
                int units = f.path("units").asInt();
                NewOrganization[] us = new NewOrganization[units];
                for (int i = 0; i < units; i++) {
                    us[i] = Fixtures.enterprise(i + 1, 12, 0);
                }
                return formation.assessJointLimit(units == 1 ? Fixtures.own("B", us[0]) : Fixtures.joint("J", us));
            }
            case "committeeQuorum":
                return formation.decideCommitteeQuorum(f.path("members").asInt(), f.path("present").asInt());
            case "answer":
                return formation.decideAnswerDeadline(LocalDate.parse(f.path("appliedOn").asText()));
            case "project":
                return formation.decideProjectBranch(LocalDate.parse(f.path("start").asText()),
                        LocalDate.parse(f.path("end").asText()), f.path("full").asInt());
            case "methods":
                return formation.rankMethods(org(f.path("org"), 1), context(f.path("context")));
            case "social":
                return formation.recommendForSocialOrganization(org(f.path("org"), 1),
                        SocialOrganizationFacts.builder().charterClause(f.path("charterClause").asBoolean())
                                .headReviewed(f.path("headReviewed").asBoolean())
                                .secretaryIsHead(f.path("secretaryIsHead").asBoolean()).build(),
                        f.path("ownOrganization").asBoolean()).map(TreeSet::new);
            case "aboveScale":
                return formation.decideAboveScale(org(f.path("org"), 1));
            case "park":
                return formation.assessParkStaffing(Host.of("P1", "园区", HostKind.INDUSTRIAL_PARK, Fixtures.TOWNSHIP)
                        .withLevel(HostLevel.valueOf(f.path("level").asText())), f.path("staff").asInt());
            case "quorum":
                return ElectionPolicy.of(p).decideQuorum(f.path("expected").asInt(), f.path("present").asInt());
            case "candidates":
                return ElectionPolicy.of(p).decideCandidates(f.path("seats").asInt(), f.path("candidates").asInt());
            case "voters":
                return ElectionPolicy.of(p).decideVoters(f.path("full").asInt(), f.path("members").asInt());
            case "ballot": {
                Map<String, Integer> votes = new LinkedHashMap<>();
                f.path("votes").fields().forEachRemaining(e -> votes.put(e.getKey(), e.getValue().asInt()));
                return ElectionPolicy.of(p).decideResult(Ballot.of(f.path("expected").asInt(),
                        f.path("present").asInt(), f.path("seats").asInt(), votes));
            }
            case "platform":
                return PlatformPolicy.of(p).decideHosting(PlatformWorkerGroup.valueOf(f.path("group").asText()));
            case "rate":
                return CoverageReport.of(ledger(f.path("ledger"), Fixtures.COUNTY), p)
                        .decideRate(RateKind.valueOf(f.path("rate").asText()), j);
            case "target":
                return TargetPolicy.of(params, c.asOf()).evaluate(CoverageReport.of(ledger(f.path("ledger"), Fixtures.COUNTY), p), j,
                        TargetMetric.valueOf(f.path("metric").asText()));
            case "ranking": {
                CoverageReport r = CoverageReport.of(ledger(f.path("ledger"), Fixtures.COUNTY), p);
                return TargetPolicy.of(params, c.asOf()).rank(r, r.children(j),
                        TargetMetric.valueOf(f.path("metric").asText()));
            }
            case "gap":
                return GapList.of(ledger(f.path("ledger"), Fixtures.COUNTY), p, Optional.empty()).decision();
            case "warning":
                return GapList.of(ledger(f.path("ledger"), Fixtures.COUNTY), p, f.has("lastSurvey")
                        ? Optional.of(LocalDate.parse(f.path("lastSurvey").asText())) : Optional.empty())
                        .decision(WarningKind.valueOf(f.path("kind").asText()));
            case "five":
                return FiveClearSummary.of(ledger(f.path("ledger"), Fixtures.COUNTY), p);
            case "diff":
                return LedgerDiff.between(ledger(f.path("before"), Fixtures.COUNTY), ledger(f.path("after"), Fixtures.COUNTY), p);
            case "campaign": {
                List<Milestone> ms = new ArrayList<>();
                f.path("milestones").fields().forEachRemaining(e -> ms.add(
                        Milestone.of(MilestoneKind.valueOf(e.getKey()), LocalDate.parse(e.getValue().asText()))));
                Set<String> trained = new java.util.HashSet<>();
                f.path("trained").forEach(n -> trained.add(n.asText()));
                Optional<LocalDate> built = f.has("ledgerBuiltOn")
                        ? Optional.of(LocalDate.parse(f.path("ledgerBuiltOn").asText())) : Optional.empty();
                return CampaignPolicy.of(params).evaluate(ms, ledger(f.path("ledger"), Fixtures.COUNTY),
                        CampaignFacts.of(built, trained), c.asOf());
            }
            default:
                throw new IllegalArgumentException("unknown query " + q + " in " + c.id());
        }
    }

    private static PolicyParameters parameters(JsonNode f) {
        PolicyParameters params = Fixtures.NATIONAL;
        Map<String, LocalProfile> profiles = Map.of("seed-002", LocalProfile.SEED_002, "seed-003", LocalProfile.SEED_003,
                "seed-004", LocalProfile.SEED_004, "above-scale-2020", CoverageRules.ABOVE_SCALE_PROFILE);
        for (JsonNode n : f.path("profiles")) {
            params = params.adopt(Fixtures.CITY, profiles.get(n.asText()), LocalDate.of(2020, 1, 1));
        }
        var it = f.path("overrides").fields();
        while (it.hasNext()) {
            var e = it.next();
            ParameterDefinition<?> d = new CoverageRules().parameters().stream()
                    .filter(x -> x.name().equals(e.getKey())).findFirst().orElseThrow();
            params = override(params, d, e.getValue().asText());
        }
        return params;
    }

    private static <T> PolicyParameters override(PolicyParameters params, ParameterDefinition<T> d, String text) {
        return params.override(Fixtures.COUNTY, LocalDate.of(2020, 1, 1), d.key(), d.key().type().parse(text));
    }

    static NewOrganization org(JsonNode n, int index) {
        int i = n.path("i").asInt(index);
        NewOrganization.Builder b = NewOrganization.builder().creditCode(Fixtures.code(i)).name("单位" + i)
                .subKind(OrganizationSubKind.valueOf(n.path("kind").asText("PRIVATE_ENTERPRISE")))
                .jurisdiction(Jurisdiction.of("43010200" + n.path("township").asInt(1)))
                .industry(Industry.valueOf(n.path("industry").asText("C")))
                .headCount(n.path("head").asInt()).fullMembers(n.path("full").asInt())
                .probationaryMembers(n.path("prob").asInt(0))
                .status(OperatingStatus.valueOf(n.path("status").asText("OPERATING")))
                .instructorAssigned(n.path("instructor").asBoolean(false))
                .principalMember(n.path("principalMember").asBoolean(false))
                .decoupled(n.path("decoupled").asBoolean(false));
        if (n.path("union").asBoolean(false)) {
            b.addMassOrganizations(MassOrganization.TRADE_UNION);
        }
        if (n.has("registrationLevel")) {
            b.registrationLevel(RegistrationLevel.valueOf(n.path("registrationLevel").asText()));
        }
        if (n.has("revenue")) {
            b.annualRevenue(Money.parse(n.path("revenue").asText()));
        }
        if (n.has("chain")) {
            b.industryChain(n.path("chain").asText());
        }
        if (n.has("registeredOn")) {
            b.registeredOn(LocalDate.parse(n.path("registeredOn").asText()));
        }
        for (JsonNode h : n.path("hosts")) {
            b.addHosts(Host.of(h.asText(), "场所" + h.asText(), HostKind.valueOf(n.path("hostKind").asText("INDUSTRIAL_PARK")),
                    Fixtures.TOWNSHIP));
        }
        return b.build();
    }

    private static FormationContext context(JsonNode n) {
        FormationContext.Builder b = FormationContext.builder();
        for (JsonNode x : n.path("neighbours")) {
            b.addNeighbours(Neighbour.of(Fixtures.code(x.get(0).asInt()), x.get(1).asInt()));
        }
        for (JsonNode x : n.path("hostsWithOrganization")) {
            b.addHostsWithOrganization(x.asText());
        }
        return b.leadEnterpriseHasOrganization(n.path("lead").asBoolean(false))
                .industryBodyHasOrganization(n.path("industryBody").asBoolean(false))
                .affiliationAvailable(n.path("affiliation").asBoolean(false))
                .instructorAvailable(n.path("instructor").asBoolean(false)).build();
    }

    /** Rows: {@code {"i":1,"head":20,"full":3,"cover":"own"|"joint:J1"|"none","termStart":"2024-06-01",…}}. */
    static Ledger ledger(JsonNode rows, Jurisdiction area) {
        List<NewOrganization> orgs = new ArrayList<>();
        List<PartyOrganization> pos = new ArrayList<>();
        Map<String, List<NewOrganization>> joints = new LinkedHashMap<>();
        Map<String, JsonNode> jointRows = new LinkedHashMap<>();
        int index = 1;
        for (JsonNode r : rows) {
            NewOrganization o = org(r, index++);
            orgs.add(o);
            String cover = r.path("cover").asText("none");
            if (cover.equals("own")) {
                PartyOrganization po = Fixtures.own("B" + o.getCreditCode().code().substring(12), o);
                PartyOrganization.Builder pb = PartyOrganization.builder().from(po);
                if (r.has("termStart")) {
                    pb.termStart(LocalDate.parse(r.path("termStart").asText()));
                }
                if (r.has("poMembers")) {
                    pb.fullMembers(r.path("poMembers").asInt());
                }
                pos.add(pb.build());
            } else if (cover.startsWith("joint:")) {
                joints.computeIfAbsent(cover.substring(6), k -> new ArrayList<>()).add(o);
                jointRows.putIfAbsent(cover.substring(6), r);
            }
        }
        joints.forEach((id, us) -> {
            PartyOrganization po = Fixtures.joint(id, us.toArray(new NewOrganization[0]));
            JsonNode r = jointRows.get(id);
            if (r.has("method")) {
                po = PartyOrganization.builder().from(po).formationMethod(FormationMethod.valueOf(r.path("method").asText()))
                        .build();
            }
            pos.add(po);
        });
        return Ledger.of(area, orgs, pos, List.of());
    }
}
