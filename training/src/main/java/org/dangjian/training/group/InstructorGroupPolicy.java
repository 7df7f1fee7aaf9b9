package org.dangjian.training.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.core.code.Jurisdiction;
import org.dangjian.core.code.JurisdictionLevel;
import org.dangjian.core.decision.Decision;
import org.dangjian.core.decision.Outcome;
import org.dangjian.core.decision.Reason;
import org.dangjian.core.parameter.ResolvedParameters;
import org.dangjian.core.validation.Violations;
import org.dangjian.training.TrainingParameters;
import org.dangjian.training.TrainingRules;
import org.dangjian.training.assignment.Instructor;
import org.dangjian.training.assignment.InstructorKind;

/**
 * Partitions instructors into groups by jurisdiction, each with a lead, sizes in the local range
 * {@code training.group.minSize}–{@code maxSize} (TRN-GROUP-001; grade C, no default).
 *
 * <p>Per jurisdiction of {@code n} instructors: {@code ceil(n / max)} groups of near-equal size; full-time
 * instructors are dealt out first so each group gets one where there are enough, and the first member (a
 * full-time one where possible) leads. When {@code n} cannot be split within the range (fewer than the
 * minimum, or 7 instructors for 4–5) the short group is flagged and the decision is {@code NON_COMPLIANT}.
 *
 * <pre>{@code
 * InstructorGroupPolicy.of(params).formGroups(instructors, JurisdictionLevel.TOWNSHIP).value();
 * // [430102001-G1 lead I-003 [I-003, I-007, I-012], …]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InstructorGroupPolicy {
    private final ResolvedParameters parameters;

    private InstructorGroupPolicy(ResolvedParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The policy in force for the parameters' jurisdiction and date.
     *
     * @param parameters the resolved parameters, not null
     * @return the policy, not null
     */
    public static InstructorGroupPolicy of(ResolvedParameters parameters) {
        return new InstructorGroupPolicy(Objects.requireNonNull(parameters, "parameters"));
    }

    /**
     * Forms the groups.
     *
     * @param instructors the instructors, each id once, not null
     * @param level the level to group at; instructors registered above it stay at their own jurisdiction,
     *     not null
     * @return the groups: COMPLIANT when every size is in range, NON_COMPLIANT otherwise,
     *     INSUFFICIENT_DATA without the range, not null
     * @throws org.dangjian.core.validation.InvalidInputException when an id is listed twice
     */
    public Decision<List<InstructorGroup>> formGroups(List<Instructor> instructors, JurisdictionLevel level) {
        Violations v = new Violations();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < instructors.size(); i++) {
            v.check(ids.add(instructors.get(i).getId()), "instructors[" + i + "].id", "instructor listed twice",
                    instructors.get(i).getId());
        }
        v.throwIfAny();
        Optional<Integer> min = parameters.find(TrainingParameters.GROUP_MIN_SIZE);
        Optional<Integer> max = parameters.find(TrainingParameters.GROUP_MAX_SIZE);
        if (min.isEmpty() || max.isEmpty() || min.get() > max.get()) {
            return Decision.insufficientData(List.of(Reason.of(TrainingRules.GROUP_SIZE, "group.noRange")
                    .with("min", min.map(String::valueOf).orElse("-")).with("max", max.map(String::valueOf).orElse("-"))));
        }
        Map<Jurisdiction, List<Instructor>> byPlace = new TreeMap<>();
        for (Instructor i : instructors) {
            Jurisdiction j = i.getJurisdiction();
            Jurisdiction key = j.level().ordinal() <= level.ordinal() ? j : j.at(level);
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<InstructorGroup> groups = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        boolean allInRange = true;
        for (Map.Entry<Jurisdiction, List<Instructor>> e : byPlace.entrySet()) {
            List<Instructor> people = e.getValue();
            people.sort(Comparator.comparing((Instructor i) -> i.getKind() != InstructorKind.FULL_TIME)
                    .thenComparing(Instructor::getId));
            int n = people.size();
            int k = (n + max.get() - 1) / max.get();
            List<List<String>> members = new ArrayList<>();
            for (int g = 0; g < k; g++) {
                members.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                members.get(i % k).add(people.get(i).getId());
            }
            for (int g = 0; g < k; g++) {
                List<String> m = members.get(g);
                boolean ok = m.size() >= min.get() && m.size() <= max.get();
                allInRange &= ok;
                InstructorGroup group = InstructorGroup.builder().id(e.getKey().code() + "-G" + (g + 1))
                        .jurisdiction(e.getKey()).leadId(m.get(0)).memberIds(m).withinRange(ok).build();
                groups.add(group);
                reasons.add(Reason.of(TrainingRules.GROUP_SIZE, ok ? "group.formed" : "group.outOfRange")
                        .with("group", group.getId()).with("lead", group.getLeadId()).with("size", m.size())
                        .read(TrainingParameters.GROUP_MIN_SIZE.name(), min.get())
                        .read(TrainingParameters.GROUP_MAX_SIZE.name(), max.get()));
            }
        }
        reasons.add(0, Reason.of(TrainingRules.GROUP_SIZE, "group.summary").with("instructors", instructors.size())
                .with("places", byPlace.size()).with("groups", groups.size()));
        return Decision.of(allInRange ? Outcome.COMPLIANT : Outcome.NON_COMPLIANT, List.copyOf(groups), reasons);
    }
}
