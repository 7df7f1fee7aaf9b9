package org.dangjian.training.secretary;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.organization.PartyOrganization;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.time.TimeLimits;
import org.dangjian.core.validation.Violations;
import org.dangjian.training.TrainingParameters;
import org.dangjian.training.TrainingRules;

/**
 * The secretary pipeline of the “红色头雁” programme (TRN-SEC-001, TRN-SEC-002): candidates ranked by the
 * preferred sources, and secretary posts vacant longer than the local limit flagged.
 *
 * <p>The order of sources is the seeds' (seeds 000, 001: member principals, members in management, then
 * reserves from youth-league heads, production backbone and veterans), a local profile; without it the
 * ranking is {@code INSUFFICIENT_DATA}. Full members come before others of the same source (only a full
 * member can be elected), then ids in order. A source the order does not list ranks after every listed one.
 *
 * <pre>{@code
 * SecretaryPipelinePolicy p = SecretaryPipelinePolicy.of(PolicyParameters.nationalBaseline()
 *         .adopt(county, LocalProfile.SEED_000, LocalDate.of(2022, 1, 1)).resolve(county, asOf));
 * p.rankCandidates(candidates).value();   // [1 P-7 MEMBER_PRINCIPAL, 2 P-3 MEMBER_MANAGER, …]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SecretaryPipelinePolicy {
    private final ResolvedParameters parameters;

    private SecretaryPipelinePolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for the parameters' jurisdiction and date.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static SecretaryPipelinePolicy of(ResolvedParameters parameters) {
        return new SecretaryPipelinePolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Ranks candidates, best first, each with the reason for their place.
     *
     * @param candidates the candidates, each id once, not null
     * @return the ranking (DETERMINED), or INSUFFICIENT_DATA without a source order, not null
     * @throws org.dangjian.core.validation.InvalidInputException when an id is listed twice
     */
    public Decision<List<RankedCandidate>> rankCandidates(List<SecretaryCandidate> candidates) {
        Violations v = new Violations();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < candidates.size(); i++) {
            v.check(ids.add(candidates.get(i).getPersonId()), "candidates[" + i + "].personId",
                    "candidate listed twice", candidates.get(i).getPersonId());
        }
        v.throwIfAny();
        Optional<List<CandidateSource>> order = parameters.find(TrainingParameters.SECRETARY_SOURCE_ORDER);
        if (order.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(TrainingRules.SECRETARY_SOURCES, "param.missing")
                    .with("parameter", TrainingParameters.SECRETARY_SOURCE_ORDER.name()).with("person", "-")));
        }
        List<CandidateSource> o = order.get();
        String orderText = TrainingParameters.SECRETARY_SOURCE_ORDER.type().format(o);
        List<SecretaryCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((SecretaryCandidate c) -> position(o, best(o, c)))
                .thenComparing(c -> !c.isFullMember())
                .thenComparing(SecretaryCandidate::getPersonId));
        List<RankedCandidate> ranked = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            SecretaryCandidate c = sorted.get(i);
            CandidateSource s = best(o, c);
            boolean reserve = s.isReserve() || !c.isFullMember();
            ranked.add(RankedCandidate.builder().rank(i + 1).personId(c.getPersonId()).source(s).reserve(reserve).build());
            reasons.add(Reason.of(TrainingRules.SECRETARY_SOURCES, reserve ? "secretary.rank.reserve" : "secretary.rank.post")
                    .with("rank", i + 1).with("person", c.getPersonId()).with("source", s.label())
                    .with("member", c.isFullMember() ? "正式党员" : "非正式党员")
                    .read(TrainingParameters.SECRETARY_SOURCE_ORDER.name(), orderText));
        }
        return Decision.determined(List.copyOf(ranked), reasons);
    }

    /**
     * Whether a Party organization's secretary post has been vacant longer than the local limit (“超过”:
     * strictly after the limit's last day, counted by {@link TimeLimits}).
     *
     * @param organization the Party organization, not null
     * @param asOf the as-of date, not null
     * @return COMPLIANT (filled, or vacant within the limit), NON_COMPLIANT (over the limit), or
     *     INSUFFICIENT_DATA (vacant and no local limit), not null
     */
    public Decision<VacancyStatus> decideVacancy(PartyOrganization organization, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Optional<LocalDate> since = organization.getSecretaryVacantSince();
        VacancyStatus.Builder b = VacancyStatus.builder().organizationId(organization.getId());
        if (since.isEmpty()) {
            return Decision.of(Outcome.COMPLIANT, b.vacantSince(Optional.empty()).overLimit(false).build(),
                    Reason.of(TrainingRules.SECRETARY_VACANCY, "vacancy.filled").with("organization", organization.getId()));
        }
        Optional<Period> limit = parameters.find(TrainingParameters.SECRETARY_VACANCY_LIMIT);
        if (limit.isEmpty()) {
            return Decision.insufficientData(List.of(Reason.of(TrainingRules.SECRETARY_VACANCY, "vacancy.noLimit")
                    .with("organization", organization.getId()).with("since", since.get())
                    .with("parameter", TrainingParameters.SECRETARY_VACANCY_LIMIT.name())));
        }
        LocalDate last = TimeLimits.endOf(since.get(), limit.get());
        boolean over = asOf.isAfter(last);
        VacancyStatus s = b.vacantSince(since).limitDate(last).overLimit(over).build();
        return Decision.of(over ? Outcome.NON_COMPLIANT : Outcome.COMPLIANT, s,
                Reason.of(TrainingRules.SECRETARY_VACANCY, over ? "vacancy.over" : "vacancy.within")
                        .with("organization", organization.getId()).with("since", since.get()).with("last", last)
                        .read(TrainingParameters.SECRETARY_VACANCY_LIMIT.name(), limit.get()));
    }

    private static CandidateSource best(List<CandidateSource> order, SecretaryCandidate c) {
        return c.getSources().stream().min(Comparator.comparingInt((CandidateSource s) -> position(order, s))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
    }

    private static int position(List<CandidateSource> order, CandidateSource s) {
        int i = order.indexOf(s);
        return i < 0 ? order.size() + s.ordinal() : i;
    }
}
